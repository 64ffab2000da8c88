<?php
/**
 * The five widgets as the plugin sees them: the element's tag, the
 * attributes it takes (docs/elements/) with how each is escaped, and
 * the function that renders it. Shortcodes and blocks both go through
 * jiha_widgets_render().
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Kinds: text (esc_attr), url (allow-list + esc_url), image (url, or
 * data:image/), tiles (URL template or none), bool (present or not).
 */
function jiha_widgets_specs() {
	$common = array(
		'lang' => 'text',
		'dir'  => 'text',
	);
	return array(
		'news-card'            => array(
			'tag'        => 'jiha-news-card',
			'render'     => 'jiha_widgets_render_news_card',
			'attributes' => $common + array(
				'headline'        => 'text',
				'summary'         => 'text',
				'href'            => 'url',
				'image'           => 'image',
				'image-alt'       => 'text',
				'source'          => 'text',
				'dateline'        => 'text',
				'author'          => 'text',
				'published'       => 'text',
				'views'           => 'text',
				'time-zone'       => 'text',
				'variant'         => 'text',
				'heading-level'   => 'text',
				'structured-data' => 'bool',
				'src'             => 'url',
				'timeout'         => 'text',
			),
		),
		'iso-badge'            => array(
			'tag'        => 'jiha-iso-badge',
			'render'     => 'jiha_widgets_render_iso_badge',
			'attributes' => $common + array(
				'standard'        => 'text',
				'edition'         => 'text',
				'holder'          => 'text',
				'certificate'     => 'text',
				'issuer'          => 'text',
				'accreditation'   => 'text',
				'issued'          => 'text',
				'expires'         => 'text',
				'scope'           => 'text',
				'status'          => 'text',
				'verify-url'      => 'url',
				'variant'         => 'text',
				'structured-data' => 'bool',
				'src'             => 'url',
				'timeout'         => 'text',
			),
		),
		'geopark-map'          => array(
			'tag'        => 'jiha-geopark-map',
			'render'     => 'jiha_widgets_render_geopark_map',
			'attributes' => $common + array(
				'src'              => 'url',
				'regions'          => 'text',
				'selected'         => 'text',
				'tiles'            => 'tiles',
				'attribution'      => 'text',
				'center'           => 'text',
				'zoom'             => 'text',
				'list'             => 'bool',
				'tiles-consent'    => 'text',
				'gesture-handling' => 'text',
				'timeout'          => 'text',
			),
		),
		'cooperation-timeline' => array(
			'tag'        => 'jiha-cooperation-timeline',
			'render'     => 'jiha_widgets_render_cooperation_timeline',
			'attributes' => $common + array(
				'src'        => 'url',
				'layout'     => 'text',
				'filterable' => 'bool',
				'time-zone'  => 'text',
				'order'      => 'text',
				'limit'      => 'text',
				'timeout'    => 'text',
			),
		),
		'news-list'            => array(
			'tag'        => 'jiha-news-list',
			'render'     => 'jiha_widgets_render_news_list',
			'attributes' => $common + array(
				'src'           => 'url',
				'limit'         => 'text',
				'more'          => 'bool',
				'variant'       => 'text',
				'heading'       => 'text',
				'label'         => 'text',
				'heading-level' => 'text',
				'time-zone'     => 'text',
				'timeout'       => 'text',
			),
		),
	);
}

/**
 * Renders one widget: the element with its attributes, the inline data, and
 * the fallback. $attributes: element attribute names (image-alt) => string or
 * bool, already normalised; $content: JSON or CSV for the timeline and map.
 * $wrapper: extra attributes for the element, already escaped (a block's class).
 */
function jiha_widgets_render( $widget, array $attributes, $content = '', $wrapper = '' ) {
	$specs = jiha_widgets_specs();
	if ( ! isset( $specs[ $widget ] ) ) {
		return '';
	}
	jiha_widgets_enqueue_library();
	$attributes['lang'] = jiha_widgets_widget_language( $attributes );
	return call_user_func( $specs[ $widget ]['render'], $attributes, (string) $content, $wrapper );
}

/**
 * Shortcode or block attributes as element attributes: image_alt, imageAlt
 * and image-alt all become image-alt; a bare word ([jiha_geopark_map list])
 * and "true"/"1"/"yes" turn a boolean on; unknown names are dropped.
 */
function jiha_widgets_normalize_attributes( $widget, $raw ) {
	$specs = jiha_widgets_specs();
	$kinds = $specs[ $widget ]['attributes'];
	$out   = array();
	foreach ( (array) $raw as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = (string) $value;
			$value = true;
		}
		$name = strtolower( str_replace( '_', '-', (string) preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', (string) $key ) ) );
		if ( ! isset( $kinds[ $name ] ) || is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		if ( 'bool' === $kinds[ $name ] ) {
			$out[ $name ] = true === $value || in_array( strtolower( trim( (string) $value ) ), array( '', 'true', '1', 'yes', 'on' ), true );
		} elseif ( null !== $value && '' !== trim( (string) $value ) ) {
			$out[ $name ] = trim( (string) $value );
		}
	}
	return $out;
}

/** The widget's language: its lang attribute when it is a language tag, else the default. */
function jiha_widgets_widget_language( array $attributes ) {
	if ( isset( $attributes['lang'] ) && is_string( $attributes['lang'] ) && preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/', $attributes['lang'] ) ) {
		return $attributes['lang'];
	}
	return jiha_widgets_default_language();
}

/** The UI language (ar, fr, en, zgh) of a widget language tag, as the elements map it. */
function jiha_widgets_ui_language( $lang ) {
	return jiha_widgets_language_from_locale( $lang );
}
