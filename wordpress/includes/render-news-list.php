<?php
/**
 * `<jiha-news-list>` and its fallback: a `<ul>` of links. Without src it
 * lists the site's own posts: the element reads the REST API
 * (/wp/v2/posts with _embed), the fallback is the same latest posts
 * rendered here.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function jiha_widgets_render_news_list( array $attributes, $content = '', $wrapper = '' ) {
	$fallback = '';
	if ( isset( $attributes['src'] ) && is_string( $attributes['src'] ) ) {
		if ( '' !== jiha_widgets_esc_url( $attributes['src'] ) ) {
			$fallback = '<p>' . jiha_widgets_link( __( 'Latest news', 'jiha-widgets' ), $attributes['src'] ) . '</p>';
		}
	} else {
		$attributes['src'] = add_query_arg( '_embed', '1', rest_url( 'wp/v2/posts' ) );
		$limit             = isset( $attributes['limit'] ) ? (int) $attributes['limit'] : 6;
		$posts             = get_posts(
			array(
				'numberposts'      => $limit >= 1 && $limit <= 50 ? $limit : 6,
				'post_status'      => 'publish',
				'suppress_filters' => false,
			)
		);
		$items             = '';
		foreach ( $posts as $post ) {
			$title  = wp_strip_all_tags( get_the_title( $post ) );
			$items .= '<li>' . jiha_widgets_link( '' !== $title ? $title : __( '(no title)', 'jiha-widgets' ), get_permalink( $post ) )
				. ' <time datetime="' . esc_attr( get_post_time( 'c', true, $post ) ) . '">' . esc_html( get_the_date( '', $post ) ) . '</time></li>';
		}
		$fallback = '' !== $items ? '<ul>' . $items . '</ul>' : '';
	}
	return jiha_widgets_open_tag( 'news-list', $attributes, $wrapper ) . $fallback . jiha_widgets_close_tag( 'news-list' );
}
