<?php
/**
 * Partner feeds in [jiha_news_list] and the jiha/news-list block: `src`
 * holds one or several addresses separated by white space, and each one
 * that is in the administrators' partner list is rewritten to the plugin's
 * route on this site's origin (partner-route.php); the others are left as
 * they are. `source-labels` names the sources, separated by `|`, in the
 * same order.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The addresses of a `src`: split on white space, empty ones dropped. */
function jiha_widgets_news_list_addresses( $src ) {
	return array_values( array_filter( preg_split( '/[\x09\x0a\x0c\x0d\x20]+/', (string) $src ), 'strlen' ) );
}

/**
 * A `src` with every listed partner feed read through the route, and
 * whether it has one: array( 'src' => string, 'partner' => bool ).
 */
function jiha_widgets_news_list_partner_src( $src ) {
	$addresses = jiha_widgets_news_list_addresses( $src );
	$partner   = false;
	foreach ( $addresses as $index => $address ) {
		if ( jiha_widgets_is_partner_feed( $address ) ) {
			$addresses[ $index ] = jiha_widgets_partner_route_url( $address );
			$partner             = true;
		}
	}
	return array(
		'src'     => implode( ' ', $addresses ),
		'partner' => $partner,
	);
}
