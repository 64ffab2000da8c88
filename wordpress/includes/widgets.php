<?php
/**
 * The widgets as the plugin sees them: the element's tag, the attributes it
 * takes (docs/reference/attributes.generated.md) with how each is escaped,
 * and the function that renders it. Shortcodes and blocks both go through
 * jiha_widgets_render().
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Each widget's spec (wordpress/includes/widgets.generated.php, written from
 * the elements by npm run generate) with the function that renders it and
 * the attributes every element takes from the page (lang, dir).
 */
function jiha_widgets_specs() {
	$specs = array();
	foreach ( jiha_widgets_generated_specs() as $widget => $spec ) {
		$spec['render']     = 'jiha_widgets_render_' . str_replace( '-', '_', $widget );
		$spec['attributes'] = array(
			'lang' => 'text',
			'dir'  => 'text',
		) + $spec['attributes'];
		$specs[ $widget ]   = $spec;
	}
	return $specs;
}

/** The attributes a widget's fallback prints in one role (meta: the meta line), in the element's order. */
function jiha_widgets_fallback_attributes( $widget, $role ) {
	$specs = jiha_widgets_generated_specs();
	return isset( $specs[ $widget ] ) ? array_keys( $specs[ $widget ]['fallback'], $role, true ) : array();
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
			// A block's boolean is false by default (block.json): off, though (string) false is '' like a bare shortcode word.
			$out[ $name ] = false !== $value && ( true === $value || in_array( strtolower( trim( (string) $value ) ), array( '', 'true', '1', 'yes', 'on' ), true ) );
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
