<?php
/**
 * GET /wp-json/jiha/v1/partner-feed?url=<a listed partner feed, encoded>:
 * the partner's feed body as it is, on the council's own origin, so that
 * <jiha-news-list> can read a feed whose site sends no CORS headers. The
 * partner sees the council's server, never the visitors.
 *
 * Answers: 200 with the feed's own content type (feeds only), the header
 * X-Jiha-Fetched-At (when the server took that copy, ISO 8601 UTC), and
 * X-Jiha-Stale: 1 when the partner could not be reached and this is the last
 * good copy. Refusals are WordPress's JSON errors ({code, message, data:
 * {status}}): 403 for an address not in the list (no request leaves the
 * server) or an unsafe one, 502/504 for a partner that fails.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function jiha_widgets_register_partner_route() {
	register_rest_route(
		JIHA_WIDGETS_PARTNER_ROUTE,
		JIHA_WIDGETS_PARTNER_PATH,
		array(
			'methods'             => 'GET',
			// Public, as the feeds it serves: what it may fetch is the administrators' list.
			'permission_callback' => '__return_true',
			'callback'            => 'jiha_widgets_partner_route',
			'args'                => array(
				'url' => array(
					'type'     => 'string',
					'required' => true,
				),
			),
		)
	);
}
add_action( 'rest_api_init', 'jiha_widgets_register_partner_route' );

/** The route's answer: the feed, or why not. */
function jiha_widgets_partner_route( WP_REST_Request $request ) {
	$url = (string) $request->get_param( 'url' );
	if ( ! jiha_widgets_is_partner_feed( $url ) ) {
		return jiha_widgets_partner_error( 'jiha_partner_feed_not_listed', __( 'This address is not in the site’s list of partner feeds. The server fetches only the feeds an administrator has listed in Settings → Jiha widgets.', 'jiha-widgets' ), 403 );
	}
	$feed = jiha_widgets_partner_feed( jiha_widgets_partner_normalize_url( $url ) );
	if ( is_wp_error( $feed ) ) {
		return $feed;
	}
	$response = new WP_REST_Response( $feed['body'], 200 );
	$response->header( 'Content-Type', $feed['type'] );
	$response->header( 'X-Jiha-Fetched-At', gmdate( 'Y-m-d\TH:i:s\Z', $feed['fetched_at'] ) );
	if ( $feed['stale'] ) {
		$response->header( 'X-Jiha-Stale', '1' );
	}
	// Data only: never sniffed as HTML, and inert if opened on its own (an XML feed may carry XHTML scripts).
	$response->header( 'X-Content-Type-Options', 'nosniff' );
	$response->header( 'Content-Security-Policy', "default-src 'none'; sandbox" );
	$response->header( 'Cache-Control', 'public, max-age=' . max( 0, $feed['fresh_until'] - time() ) );
	return $response;
}

/** The feed's body as it is, not as a JSON string: the route's 200 answers only. */
function jiha_widgets_partner_serve_raw( $served, $result, $request ) {
	if ( $served || ! ( $request instanceof WP_REST_Request ) || '/' . JIHA_WIDGETS_PARTNER_ROUTE . JIHA_WIDGETS_PARTNER_PATH !== $request->get_route() ) {
		return $served;
	}
	if ( ! ( $result instanceof WP_HTTP_Response ) || 200 !== $result->get_status() || ! is_string( $result->get_data() ) ) {
		return $served;
	}
	if ( 'HEAD' !== $request->get_method() ) {
		echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput -- a feed served as its own content type (never HTML), with nosniff and a sandbox CSP.
	}
	return true;
}
add_filter( 'rest_pre_serve_request', 'jiha_widgets_partner_serve_raw', 10, 3 );

/** The two headers readable by a page on another origin (an embed), as WordPress's own X-WP-Total. */
function jiha_widgets_partner_exposed_headers( $headers ) {
	return array_merge( (array) $headers, array( 'X-Jiha-Fetched-At', 'X-Jiha-Stale' ) );
}
add_filter( 'rest_exposed_cors_headers', 'jiha_widgets_partner_exposed_headers' );
