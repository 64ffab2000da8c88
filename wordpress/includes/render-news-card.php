<?php
/**
 * `<jiha-news-card>` and its fallback, as src/fallback/news-card.ts writes
 * it (test/parity): the headline as a link, the date as `<time datetime>`,
 * the meta line's texts, the summary, the image's credit.
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
	// As the card: no article without a headline, nor with a date it cannot read (it shows an error).
	if ( '' === $get( 'headline' ) || ( '' !== $get( 'published' ) && null === jiha_widgets_timestamp( $get( 'published' ) ) ) ) {
		return jiha_widgets_open_tag( 'news-card', $attributes, $wrapper ) . jiha_widgets_close_tag( 'news-card' );
	}
	$level    = jiha_widgets_heading_level( $get( 'heading-level' ), 3 );
	$fallback = '<h' . $level . '>' . jiha_widgets_link( $get( 'headline' ), $get( 'href' ) ) . '</h' . $level . '>';
	$meta     = array();
	if ( '' !== $get( 'published' ) ) {
		$meta[] = jiha_widgets_time( $get( 'published' ) );
	}
	foreach ( jiha_widgets_fallback_attributes( 'news-card', 'meta' ) as $name ) {
		if ( '' !== $get( $name ) ) {
			$meta[] = '<span>' . esc_html( $get( $name ) ) . '</span>';
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
