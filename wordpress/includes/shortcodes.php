<?php
/**
 * [jiha_news_card], [jiha_iso_badge], [jiha_geopark_map],
 * [jiha_cooperation_timeline], [jiha_news_list]: the element's attributes
 * (image_alt or image-alt), and for the widgets that take CSV (the timeline
 * and the map) JSON or CSV between the opening and the closing shortcode.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The shortcode of a widget: news-card → jiha_news_card. */
function jiha_widgets_shortcode_name( $widget ) {
	return 'jiha_' . str_replace( '-', '_', $widget );
}

function jiha_widgets_register_shortcodes() {
	foreach ( jiha_widgets_specs() as $widget => $spec ) {
		$takes_data = $spec['inline_csv'];
		add_shortcode(
			jiha_widgets_shortcode_name( $widget ),
			function ( $attributes, $content = null ) use ( $widget, $takes_data ) {
				return jiha_widgets_render(
					$widget,
					jiha_widgets_normalize_attributes( $widget, is_array( $attributes ) ? $attributes : array() ),
					$takes_data ? (string) $content : ''
				);
			}
		);
	}
}
add_action( 'init', 'jiha_widgets_register_shortcodes' );

/** JSON and CSV between the shortcodes keep their straight quotes (no “smart” quotes). */
function jiha_widgets_no_texturize( $shortcodes ) {
	foreach ( jiha_widgets_specs() as $widget => $spec ) {
		if ( $spec['inline_csv'] ) {
			$shortcodes[] = jiha_widgets_shortcode_name( $widget );
		}
	}
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'jiha_widgets_no_texturize' );
