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

/**
 * For a list whose items come from `src`, as src/fallback/news-list.ts
 * writes it (test/parity): a link to that feed's site (its origin), named
 * by the list's heading, else by the site's host; a relative `src` is on
 * this site (`/`). Empty when there is nothing safe to link to.
 */
function jiha_widgets_news_site_link( $src, $heading ) {
	$address = trim( (string) $src );
	$scheme  = jiha_widgets_url_scheme( $address );
	if ( '' === $address || ( '' !== $scheme && 'http' !== $scheme && 'https' !== $scheme ) ) {
		return '';
	}
	$site = '/';
	$host = '';
	if ( '' !== $scheme || 0 === strpos( $address, '//' ) ) {
		$parts = wp_parse_url( '' !== $scheme ? $address : 'https:' . $address );
		if ( ! is_array( $parts ) || empty( $parts['host'] ) ) {
			return '';
		}
		$secure = '' === $scheme || 'https' === $scheme;
		$port   = isset( $parts['port'] ) && (int) $parts['port'] !== ( $secure ? 443 : 80 ) ? ':' . (int) $parts['port'] : '';
		$host   = strtolower( $parts['host'] ) . $port;
		$site   = ( $secure ? 'https' : 'http' ) . '://' . $host . '/';
	}
	$name = jiha_widgets_trim( (string) $heading );
	$name = '' !== $name ? $name : $host;
	return '' === $name ? '' : '<p><a href="' . esc_url( $site ) . '">' . esc_html( $name ) . '</a></p>';
}

function jiha_widgets_render_news_list( array $attributes, $content = '', $wrapper = '' ) {
	$fallback = '';
	if ( isset( $attributes['src'] ) && is_string( $attributes['src'] ) ) {
		// The fallback links to the first source's site; a listed partner feed is read through this site's route, its images hidden if the administrators say so.
		$addresses         = jiha_widgets_news_list_addresses( $attributes['src'] );
		$fallback          = jiha_widgets_news_site_link( isset( $addresses[0] ) ? $addresses[0] : '', isset( $attributes['heading'] ) && is_string( $attributes['heading'] ) ? $attributes['heading'] : '' );
		$sources           = jiha_widgets_news_list_partner_src( $attributes['src'] );
		$attributes['src'] = $sources['src'];
		if ( $sources['partner'] && ! jiha_widgets_partner_settings()['partner_images'] ) {
			$attributes['hide-images'] = true;
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
