<?php
/**
 * Partner feeds: the addresses an administrator allows the plugin's route
 * to fetch for visitors (Settings → Jiha widgets), how long a copy is
 * fresh, and whether lists show the partners' images. The route is never
 * an open proxy: only an address in this list is ever fetched.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const JIHA_WIDGETS_PARTNER_CACHE_MINUTES = 15;
const JIHA_WIDGETS_PARTNER_ROUTE         = 'jiha/v1';
const JIHA_WIDGETS_PARTNER_PATH          = '/partner-feed';

/** The partner settings with their defaults: no partner, 15 minutes, images shown. */
function jiha_widgets_partner_settings() {
	$saved = get_option( JIHA_WIDGETS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	$feeds = isset( $saved['partner_feeds'] ) && is_array( $saved['partner_feeds'] ) ? array_values( array_filter( $saved['partner_feeds'], 'is_string' ) ) : array();
	$minutes = isset( $saved['partner_cache_minutes'] ) ? (int) $saved['partner_cache_minutes'] : JIHA_WIDGETS_PARTNER_CACHE_MINUTES;
	return array(
		'partner_feeds'         => $feeds,
		'partner_cache_minutes' => $minutes >= 1 ? $minutes : JIHA_WIDGETS_PARTNER_CACHE_MINUTES,
		'partner_images'        => ! isset( $saved['partner_images'] ) || (bool) $saved['partner_images'],
	);
}

/**
 * One partner feed address as it is stored and compared: trimmed, http or
 * https with a host, no user name or password, escaped by esc_url_raw; ''
 * for anything else (file:, ftp:, a relative address).
 */
function jiha_widgets_partner_normalize_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url || preg_match( '/[\x00-\x20\x7f]/', $url ) ) {
		return '';
	}
	$scheme = jiha_widgets_url_scheme( $url );
	if ( 'http' !== $scheme && 'https' !== $scheme ) {
		return '';
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return '';
	}
	return esc_url_raw( $url, array( 'http', 'https' ) );
}

/**
 * The partner part of the settings form, kept from $input: the addresses
 * (one a line; those that are not http or https are dropped, with a
 * notice), the cache period in minutes (1 to 1440), and the images switch
 * (a checkbox: absent means off).
 */
function jiha_widgets_sanitize_partner_settings( $input ) {
	$lines = isset( $input['partner_feeds'] ) ? $input['partner_feeds'] : '';
	$lines = is_array( $lines ) ? $lines : preg_split( '/\R/', (string) $lines );
	$feeds = array();
	$bad   = 0;
	foreach ( $lines as $line ) {
		if ( ! is_string( $line ) || '' === trim( $line ) ) {
			continue;
		}
		$url = jiha_widgets_partner_normalize_url( $line );
		if ( '' === $url ) {
			++$bad;
		} elseif ( ! in_array( $url, $feeds, true ) ) {
			$feeds[] = $url;
		}
	}
	if ( $bad > 0 && function_exists( 'add_settings_error' ) ) {
		add_settings_error( JIHA_WIDGETS_OPTION, 'partner_feeds', __( 'Partner feed addresses must start with https:// or http://. The others were left out.', 'jiha-widgets' ) );
	}
	$minutes = isset( $input['partner_cache_minutes'] ) ? (int) $input['partner_cache_minutes'] : JIHA_WIDGETS_PARTNER_CACHE_MINUTES;
	return array(
		'partner_feeds'         => $feeds,
		'partner_cache_minutes' => min( 1440, max( 1, $minutes ) ),
		'partner_images'        => ! empty( $input['partner_images'] ),
	);
}

/** Whether an address (as the element or the route received it) is in the administrators' list. */
function jiha_widgets_is_partner_feed( $url ) {
	$normalized = jiha_widgets_partner_normalize_url( $url );
	return '' !== $normalized && in_array( $normalized, jiha_widgets_partner_settings()['partner_feeds'], true );
}

/** The route's address for a listed partner feed, on this site's origin. */
function jiha_widgets_partner_route_url( $url ) {
	return add_query_arg( 'url', rawurlencode( jiha_widgets_partner_normalize_url( $url ) ), rest_url( JIHA_WIDGETS_PARTNER_ROUTE . JIHA_WIDGETS_PARTNER_PATH ) );
}
