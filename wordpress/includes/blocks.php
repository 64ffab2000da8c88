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

/**
 * A field's label in the editor's language: the snippet builder's words for
 * that attribute (wordpress/includes/field-labels.generated.php), the
 * widget's own first.
 */
function jiha_widgets_field_label( $widget, $name ) {
	$labels   = jiha_widgets_generated_field_labels();
	$locale   = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	$language = jiha_widgets_language_from_locale( $locale );
	foreach ( array( $language, 'en' ) as $in ) {
		foreach ( array( $widget . '.' . $name, $name ) as $key ) {
			if ( isset( $labels[ $in ][ $key ] ) ) {
				return $labels[ $in ][ $key ];
			}
		}
	}
	return $name;
}

/** The sidebar fields of each block, with their labels in the site's language. */
function jiha_widgets_editor_fields() {
	$labels = array(
		'lang' => __( 'Language (ar, fr, en, zgh)', 'jiha-widgets' ),
		'dir'  => __( 'Direction (ltr or rtl)', 'jiha-widgets' ),
	);
	$blocks = array();
	foreach ( jiha_widgets_specs() as $widget => $spec ) {
		$fields = array();
		foreach ( $spec['attributes'] as $name => $kind ) {
			$fields[] = array(
				'attribute' => lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) ),
				'kind'      => $kind,
				'label'     => isset( $labels[ $name ] ) ? $labels[ $name ] : jiha_widgets_field_label( $widget, $name ),
			);
		}
		if ( $spec['inline_csv'] ) {
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
