<?php
/**
 * Section 2's allow-list for addresses: http, https, mailto and relative
 * URLs (images also data:image/). Anything else gives an empty string, and
 * the attribute or link is left out.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The scheme of a URL as a browser reads it (tabs, newlines and controls ignored), lower case; '' when relative. */
function jiha_widgets_url_scheme( $url ) {
	$probe = (string) preg_replace( '/[\x00-\x20\x7f]+/', '', $url );
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $probe, $match ) ) {
		return strtolower( $match[1] );
	}
	return '';
}

/**
 * A link address escaped for an attribute, or '' when its scheme is not
 * allowed. Relative addresses stay relative (esc_url alone would prefix
 * "news/1" with http://). The escaped result is checked again: esc_url drops
 * characters, which can turn "a{b:c" into the scheme "ab:".
 */
function jiha_widgets_esc_url( $value, $allow_data_image = false ) {
	$url = trim( (string) $value );
	if ( '' === $url || preg_match( '/[\x00-\x1f\x7f]/', $url ) && '' === jiha_widgets_url_scheme( $url ) ) {
		return '';
	}
	$scheme = jiha_widgets_url_scheme( $url );
	if ( 'data' === $scheme ) {
		return $allow_data_image && preg_match( '#^data:image/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]#i', $url ) ? esc_attr( $url ) : '';
	}
	$allowed = array( 'http', 'https', 'mailto' );
	if ( '' !== $scheme ) {
		$escaped = in_array( $scheme, $allowed, true ) ? esc_url( $url, $allowed ) : '';
	} elseif ( in_array( $url[0], array( '/', '#', '?' ), true ) ) {
		$escaped = esc_url( $url, $allowed );
	} else {
		$escaped = substr( esc_url( '/' . $url, $allowed ), 1 );
	}
	$result = jiha_widgets_url_scheme( html_entity_decode( $escaped, ENT_QUOTES, 'UTF-8' ) );
	return '' === $result || in_array( $result, $allowed, true ) ? $escaped : '';
}

/** Addresses separated by white space (a news list's sources), each escaped alone; those not allowed are left out. */
function jiha_widgets_esc_urls( $value ) {
	$escaped = array();
	foreach ( preg_split( '/[\x09\x0a\x0c\x0d\x20]+/', trim( (string) $value ) ) as $url ) {
		$one = '' !== $url ? jiha_widgets_esc_url( $url ) : '';
		if ( '' !== $one ) {
			$escaped[] = $one;
		}
	}
	return implode( ' ', $escaped );
}

/**
 * A map's tile URL template ({z}/{x}/{y} kept, which esc_url would drop), or
 * "none"; other schemes give ''.
 */
function jiha_widgets_esc_tiles( $value ) {
	$url = trim( (string) $value );
	if ( '' === $url || 'none' === $url ) {
		return esc_attr( $url );
	}
	$scheme = jiha_widgets_url_scheme( $url );
	if ( ( '' !== $scheme && 'http' !== $scheme && 'https' !== $scheme ) || preg_match( '/[\x00-\x20\x7f"<>\'`]/', $url ) ) {
		return '';
	}
	return esc_attr( $url );
}
