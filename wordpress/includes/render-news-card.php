<?php
/**
 * `<jiha-news-card>` and its fallback: the headline as a link, the date as
 * `<time datetime>`, the source, the summary.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function jiha_widgets_render_news_card( array $attributes, $content = '', $wrapper = '' ) {
	$get      = function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ? $attributes[ $name ] : '';
	};
	$fallback = '';
	if ( '' !== $get( 'headline' ) ) {
		$level     = jiha_widgets_heading_level( $get( 'heading-level' ), 3 );
		$fallback .= '<h' . $level . '>' . jiha_widgets_link( $get( 'headline' ), $get( 'href' ) ) . '</h' . $level . '>';
	} elseif ( '' !== jiha_widgets_esc_url( $get( 'href' ) ) ) {
		$fallback .= '<p>' . jiha_widgets_link( __( 'Read the article', 'jiha-widgets' ), $get( 'href' ) ) . '</p>';
	}
	$meta = array();
	if ( '' !== $get( 'published' ) ) {
		$meta[] = jiha_widgets_time( $get( 'published' ) );
	}
	foreach ( jiha_widgets_fallback_attributes( 'news-card', 'meta' ) as $name ) {
		if ( '' !== $get( $name ) ) {
			$meta[] = esc_html( $get( $name ) );
		}
	}
	if ( $meta ) {
		$fallback .= '<p>' . implode( ' · ', $meta ) . '</p>';
	}
	if ( '' !== $get( 'summary' ) ) {
		$fallback .= '<p>' . esc_html( $get( 'summary' ) ) . '</p>';
	}
	// The image's credit, as the card shows it: only under an image it can show.
	if ( '' !== jiha_widgets_esc_url( $get( 'image' ), true ) ) {
		foreach ( jiha_widgets_fallback_attributes( 'news-card', 'credit' ) as $name ) {
			if ( '' !== $get( $name ) ) {
				$fallback .= '<p><small>' . esc_html( $get( $name ) ) . '</small></p>';
			}
		}
	}
	return jiha_widgets_open_tag( 'news-card', $attributes, $wrapper ) . $fallback . jiha_widgets_close_tag( 'news-card' );
}
