<?php
/**
 * One dynamic block per widget (blocks/<widget>/block.json), rendered on the
 * server by the same functions as the shortcodes. The editor script
 * (assets/editor.js, plain JavaScript on WordPress's globals, no build step)
 * adds the sidebar fields and a live preview (ServerSideRender).
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const JIHA_WIDGETS_EDITOR_HANDLE         = 'jiha-widgets-editor';
const JIHA_WIDGETS_EDITOR_LIBRARY_HANDLE = 'jiha-widgets-editor-library';

/** The sidebar fields of each block, with their labels in the site's language. */
function jiha_widgets_editor_fields() {
	$labels = array(
		'headline'         => __( 'Headline', 'jiha-widgets' ),
		'summary'          => __( 'Summary', 'jiha-widgets' ),
		'href'             => __( 'Article address', 'jiha-widgets' ),
		'image'            => __( 'Image address', 'jiha-widgets' ),
		'image-alt'        => __( 'Image description', 'jiha-widgets' ),
		'source'           => __( 'Source (publisher)', 'jiha-widgets' ),
		'dateline'         => __( 'Dateline (place)', 'jiha-widgets' ),
		'author'           => __( 'Author', 'jiha-widgets' ),
		'published'        => __( 'Published (ISO 8601 date)', 'jiha-widgets' ),
		'views'            => __( 'Views', 'jiha-widgets' ),
		'time-zone'        => __( 'Time zone (IANA name)', 'jiha-widgets' ),
		'variant'          => __( 'Variant', 'jiha-widgets' ),
		'heading-level'    => __( 'Heading level (2–6)', 'jiha-widgets' ),
		'structured-data'  => __( 'Add schema.org structured data', 'jiha-widgets' ),
		'src'              => __( 'Data address (src)', 'jiha-widgets' ),
		'timeout'          => __( 'Timeout (ms)', 'jiha-widgets' ),
		'standard'         => __( 'Standard (e.g. 9001)', 'jiha-widgets' ),
		'edition'          => __( 'Edition (year)', 'jiha-widgets' ),
		'holder'           => __( 'Holder', 'jiha-widgets' ),
		'certificate'      => __( 'Certificate number', 'jiha-widgets' ),
		'issuer'           => __( 'Certification body', 'jiha-widgets' ),
		'accreditation'    => __( 'Accreditation body', 'jiha-widgets' ),
		'issued'           => __( 'Issued (date)', 'jiha-widgets' ),
		'expires'          => __( 'Expires (date)', 'jiha-widgets' ),
		'scope'            => __( 'Scope', 'jiha-widgets' ),
		'status'           => __( 'Status override (suspended or withdrawn)', 'jiha-widgets' ),
		'verify-url'       => __( 'Verification address', 'jiha-widgets' ),
		'regions'          => __( 'Regions (ids separated by spaces)', 'jiha-widgets' ),
		'selected'         => __( 'Selected place (id)', 'jiha-widgets' ),
		'tiles'            => __( 'Tile URL template, or none', 'jiha-widgets' ),
		'attribution'      => __( 'Tile attribution', 'jiha-widgets' ),
		'center'           => __( 'Center (lat,lng)', 'jiha-widgets' ),
		'zoom'             => __( 'Zoom', 'jiha-widgets' ),
		'list'             => __( 'Show the list beside the map', 'jiha-widgets' ),
		'tiles-consent'    => __( 'Tiles consent (granted skips the question)', 'jiha-widgets' ),
		'gesture-handling' => __( 'Gesture handling (off for full-page maps)', 'jiha-widgets' ),
		'layout'           => __( 'Layout (vertical or horizontal)', 'jiha-widgets' ),
		'filterable'       => __( 'Category filters', 'jiha-widgets' ),
		'order'            => __( 'Order (oldest or newest)', 'jiha-widgets' ),
		'limit'            => __( 'Limit', 'jiha-widgets' ),
		'more'             => __( 'A “more” button', 'jiha-widgets' ),
		'heading'          => __( 'Heading', 'jiha-widgets' ),
		'label'            => __( 'Label (when there is no heading)', 'jiha-widgets' ),
		'lang'             => __( 'Language (ar, fr, en, zgh)', 'jiha-widgets' ),
		'dir'              => __( 'Direction (ltr or rtl)', 'jiha-widgets' ),
	);
	$blocks = array();
	foreach ( jiha_widgets_specs() as $widget => $spec ) {
		$fields = array();
		foreach ( $spec['attributes'] as $name => $kind ) {
			$fields[] = array(
				'attribute' => lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) ),
				'kind'      => $kind,
				'label'     => isset( $labels[ $name ] ) ? $labels[ $name ] : $name,
			);
		}
		if ( in_array( $widget, array( 'geopark-map', 'cooperation-timeline' ), true ) ) {
			$fields[] = array(
				'attribute' => 'data',
				'kind'      => 'data',
				'label'     => __( 'Data (JSON or CSV)', 'jiha-widgets' ),
			);
		}
		$blocks[] = array(
			'name'   => 'jiha/' . $widget,
			'fields' => $fields,
		);
	}
	return array(
		'panelTitle' => __( 'Widget settings', 'jiha-widgets' ),
		'blocks'     => $blocks,
	);
}

function jiha_widgets_register_blocks() {
	wp_register_script(
		JIHA_WIDGETS_EDITOR_HANDLE,
		plugins_url( 'assets/editor.js', JIHA_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
		JIHA_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script( JIHA_WIDGETS_EDITOR_HANDLE, 'window.jihaWidgetsEditor = ' . wp_json_encode( jiha_widgets_editor_fields(), JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	foreach ( array_keys( jiha_widgets_specs() ) as $widget ) {
		register_block_type(
			JIHA_WIDGETS_DIR . '/blocks/' . $widget,
			array(
				'render_callback' => function ( $attributes ) use ( $widget ) {
					$attributes = is_array( $attributes ) ? $attributes : array();
					$data       = isset( $attributes['data'] ) && is_string( $attributes['data'] ) ? $attributes['data'] : '';
					unset( $attributes['data'] );
					return jiha_widgets_render( $widget, jiha_widgets_normalize_attributes( $widget, $attributes ), $data, get_block_wrapper_attributes() );
				},
			)
		);
	}
}
add_action( 'init', 'jiha_widgets_register_blocks' );

/** The editor's previews show the widgets themselves: the library as a module in the editor page. */
function jiha_widgets_editor_library() {
	// No `?ver=`: see jiha_widgets_enqueue_library().
	wp_enqueue_script( JIHA_WIDGETS_EDITOR_LIBRARY_HANDLE, jiha_widgets_library_url(), array(), null, true );
}
add_action( 'enqueue_block_editor_assets', 'jiha_widgets_editor_library' );

function jiha_widgets_editor_module_tag( $tag, $handle ) {
	return JIHA_WIDGETS_EDITOR_LIBRARY_HANDLE === $handle ? jiha_widgets_module_script_tag( $tag, JIHA_WIDGETS_MODULE_HANDLE ) : $tag;
}
add_filter( 'script_loader_tag', 'jiha_widgets_editor_module_tag', 10, 2 );
