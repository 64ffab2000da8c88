<?php
/**
 * Fetching a listed partner feed on the server, and keeping it: one copy per
 * feed in a transient (an object cache takes over on a large site), fresh
 * for the period an administrator sets, revalidated with the partner's ETag
 * and Last-Modified, and kept a week past that so that the last good copy
 * can be served while the partner is down. A lock makes a crowd of visitors
 * one upstream request per feed per period.
 *
 * Only jiha_widgets_partner_feed() calls out, and only for an address the
 * route has found in the list; every address it requests (the listed one,
 * then each redirect) must be public: no private, loopback, link-local or
 * reserved address, only the ports WordPress allows.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Over this many bytes a feed is refused, never cut (a cut feed is not a feed). */
const JIHA_WIDGETS_PARTNER_MAX_BYTES = 2097152;
/** Seconds to wait for a partner, so that a visitor's list never waits long. */
const JIHA_WIDGETS_PARTNER_TIMEOUT = 5;
/** Redirects followed, each checked as the first address is. */
const JIHA_WIDGETS_PARTNER_MAX_REDIRECTS = 3;
/** Seconds the last good copy is kept after its period, for when the partner is down (a week). */
const JIHA_WIDGETS_PARTNER_KEEP = 604800;
/** Content types served: feeds only (RSS, Atom, RDF, XML, JSON, JSON Feed); never HTML. */
const JIHA_WIDGETS_PARTNER_TYPES = array( 'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/json', 'application/feed+json' );

/** The size limit: 2 MB, or what the jiha_widgets_partner_max_bytes filter says (at least 1 KB). */
function jiha_widgets_partner_max_bytes() {
	return max( 1024, (int) apply_filters( 'jiha_widgets_partner_max_bytes', JIHA_WIDGETS_PARTNER_MAX_BYTES ) );
}

/** The transient holding a feed's copy (and the time it was last checked). */
function jiha_widgets_partner_cache_key( $url ) {
	return 'jiha_widgets_pf_' . md5( $url );
}

/** A refusal for the route: a code, a message for people, and the HTTP status. */
function jiha_widgets_partner_error( $code, $message, $status ) {
	return new WP_Error( $code, $message, array( 'status' => $status ) );
}

/**
 * Whether every address a URL's host stands for is public. A private,
 * loopback, link-local (169.254.0.0/16, where clouds answer with their
 * secrets), reserved or unresolvable host is not, unless the
 * http_request_host_is_external filter says so for that URL (WordPress's
 * own switch: wp_http_validate_url() asks it too, and leaves link-local
 * addresses to it).
 */
function jiha_widgets_partner_host_is_public( $url ) {
	$host = (string) wp_parse_url( $url, PHP_URL_HOST );
	$host = trim( $host, '[]' );
	if ( '' === $host ) {
		return false;
	}
	if ( false !== filter_var( $host, FILTER_VALIDATE_IP ) ) {
		$addresses = array( $host );
	} else {
		$addresses = gethostbynamel( $host );
		$addresses = is_array( $addresses ) ? $addresses : array();
	}
	$public = array() !== $addresses;
	foreach ( $addresses as $address ) {
		if ( false === filter_var( $address, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE ) || 0 === strpos( $address, '169.254.' ) || 0 === strpos( $address, '100.64.' ) ) {
			$public = false;
		}
	}
	return (bool) apply_filters( 'http_request_host_is_external', $public, $host, $url );
}

/**
 * One GET of a partner feed, following at most three redirects, each
 * address checked first. $copy: the cached copy, for If-None-Match and
 * If-Modified-Since. Returns the feed (body, type, etag, last_modified), or
 * array( 'not_modified' => true, … ), or a WP_Error.
 */
function jiha_widgets_partner_request( $url, $copy ) {
	$headers = array( 'Accept' => 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8' );
	if ( is_array( $copy ) && isset( $copy['body'] ) ) {
		if ( '' !== $copy['etag'] ) {
			$headers['If-None-Match'] = $copy['etag'];
		}
		if ( '' !== $copy['last_modified'] ) {
			$headers['If-Modified-Since'] = $copy['last_modified'];
		}
	}
	$address = $url;
	for ( $hop = 0; ; ++$hop ) {
		if ( ! wp_http_validate_url( $address ) || ! jiha_widgets_partner_host_is_public( $address ) ) {
			return 0 === $hop
				? jiha_widgets_partner_error( 'jiha_partner_feed_unsafe_address', __( 'This partner feed address points to a private, local or otherwise unsafe address; the server does not fetch it.', 'jiha-widgets' ), 403 )
				: jiha_widgets_partner_error( 'jiha_partner_feed_unsafe_redirect', __( 'The partner feed redirects to a private, local or otherwise unsafe address; the server does not follow it.', 'jiha-widgets' ), 502 );
		}
		$response = wp_safe_remote_get(
			$address,
			array(
				'timeout'             => JIHA_WIDGETS_PARTNER_TIMEOUT,
				'redirection'         => 0,
				'limit_response_size' => jiha_widgets_partner_max_bytes() + 1,
				'headers'             => $headers,
			)
		);
		if ( is_wp_error( $response ) ) {
			return jiha_widgets_partner_error( 'jiha_partner_feed_unreachable', __( 'The partner’s server could not be reached or did not answer in time.', 'jiha-widgets' ), 504 );
		}
		$status   = (int) wp_remote_retrieve_response_code( $response );
		$location = (string) wp_remote_retrieve_header( $response, 'location' );
		if ( ! in_array( $status, array( 301, 302, 303, 307, 308 ), true ) || '' === $location ) {
			break;
		}
		if ( $hop >= JIHA_WIDGETS_PARTNER_MAX_REDIRECTS ) {
			return jiha_widgets_partner_error( 'jiha_partner_feed_redirects', __( 'The partner feed redirects too many times.', 'jiha-widgets' ), 502 );
		}
		$address = WP_Http::make_absolute_url( $location, $address );
		$scheme  = jiha_widgets_url_scheme( $address );
		if ( 'http' !== $scheme && 'https' !== $scheme ) {
			return jiha_widgets_partner_error( 'jiha_partner_feed_unsafe_redirect', __( 'The partner feed redirects to a private, local or otherwise unsafe address; the server does not follow it.', 'jiha-widgets' ), 502 );
		}
	}
	if ( 304 === $status && is_array( $copy ) && isset( $copy['body'] ) ) {
		return array(
			'not_modified'  => true,
			'etag'          => (string) wp_remote_retrieve_header( $response, 'etag' ),
			'last_modified' => (string) wp_remote_retrieve_header( $response, 'last-modified' ),
		);
	}
	if ( $status < 200 || $status >= 300 ) {
		return jiha_widgets_partner_error(
			'jiha_partner_feed_status',
			/* translators: %d: an HTTP status code such as 404. */
			sprintf( __( 'The partner’s server answered with HTTP status %d instead of its feed.', 'jiha-widgets' ), $status ),
			502
		);
	}
	$body   = (string) wp_remote_retrieve_body( $response );
	$length = (string) wp_remote_retrieve_header( $response, 'content-length' );
	$max    = jiha_widgets_partner_max_bytes();
	if ( strlen( $body ) > $max || ( ctype_digit( $length ) && (int) $length > $max ) ) {
		return jiha_widgets_partner_error(
			'jiha_partner_feed_too_large',
			/* translators: %s: a size such as 2 MB. */
			sprintf( __( 'The partner feed is larger than %s; the server does not serve it.', 'jiha-widgets' ), size_format( $max ) ),
			502
		);
	}
	$type = jiha_widgets_partner_content_type( (string) wp_remote_retrieve_header( $response, 'content-type' ) );
	if ( '' === $type ) {
		return jiha_widgets_partner_error( 'jiha_partner_feed_type', __( 'The partner’s answer is not a feed (RSS, Atom, XML or JSON); the server does not serve it.', 'jiha-widgets' ), 502 );
	}
	return array(
		'body'          => $body,
		'type'          => $type,
		'etag'          => (string) wp_remote_retrieve_header( $response, 'etag' ),
		'last_modified' => (string) wp_remote_retrieve_header( $response, 'last-modified' ),
	);
}

/** A Content-Type header as served: an allowed feed type and its charset, else ''. */
function jiha_widgets_partner_content_type( $header ) {
	$parts = explode( ';', strtolower( $header ) );
	$type  = trim( $parts[0] );
	if ( ! in_array( $type, JIHA_WIDGETS_PARTNER_TYPES, true ) ) {
		return '';
	}
	return preg_match( '/;\s*charset="?([a-z0-9._-]{1,40})"?/', strtolower( $header ), $match ) ? $type . '; charset=' . $match[1] : $type;
}

/**
 * Takes the feed's lock, or says that another request holds it. An object
 * cache's add, else a row in the options table inserted only if absent (as
 * WordPress's upgrader locks): atomic either way. A lock older than the
 * timeout's double is taken over (its request died).
 */
function jiha_widgets_partner_lock( $key ) {
	if ( wp_using_ext_object_cache() ) {
		return wp_cache_add( $key, time(), 'jiha_widgets_lock', 2 * JIHA_WIDGETS_PARTNER_TIMEOUT + 5 );
	}
	global $wpdb;
	$name = $key . '_lock';
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic insert is the lock; the options API has none.
	if ( $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO `$wpdb->options` ( `option_name`, `option_value`, `autoload` ) VALUES ( %s, %s, 'no' )", $name, (string) time() ) ) ) {
		return true;
	}
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$since = (int) $wpdb->get_var( $wpdb->prepare( "SELECT `option_value` FROM `$wpdb->options` WHERE `option_name` = %s", $name ) );
	if ( $since > time() - 2 * JIHA_WIDGETS_PARTNER_TIMEOUT - 5 ) {
		return false;
	}
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery
	return (bool) $wpdb->query( $wpdb->prepare( "UPDATE `$wpdb->options` SET `option_value` = %s WHERE `option_name` = %s AND `option_value` = %s", (string) time(), $name, (string) $since ) );
}

function jiha_widgets_partner_unlock( $key ) {
	if ( wp_using_ext_object_cache() ) {
		wp_cache_delete( $key, 'jiha_widgets_lock' );
		return;
	}
	global $wpdb;
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$wpdb->query( $wpdb->prepare( "DELETE FROM `$wpdb->options` WHERE `option_name` = %s", $key . '_lock' ) );
}

/**
 * A listed partner feed as the route serves it: array( body, type,
 * fetched_at (Unix time the server took or confirmed the copy), fresh_until,
 * stale (the partner could not be reached: this is the last good copy) ),
 * or a WP_Error saying why not. Within the period, the copy (or the
 * failure) is answered without asking the partner again.
 */
function jiha_widgets_partner_feed( $url ) {
	$key    = jiha_widgets_partner_cache_key( $url );
	$period = 60 * jiha_widgets_partner_settings()['partner_cache_minutes'];
	$entry  = get_transient( $key );
	$entry  = is_array( $entry ) && isset( $entry['checked_at'] ) ? $entry : null;
	$now    = time();
	if ( null !== $entry && $now - (int) $entry['checked_at'] < $period ) {
		return jiha_widgets_partner_answer( $entry, $period );
	}
	if ( ! jiha_widgets_partner_lock( $key ) ) {
		// Another request is asking the partner right now: the copy we have, else a moment's patience.
		return null !== $entry && isset( $entry['body'] )
			? jiha_widgets_partner_answer( $entry, $period )
			: jiha_widgets_partner_error( 'jiha_partner_feed_busy', __( 'The server is fetching this partner feed right now; try again in a moment.', 'jiha-widgets' ), 503 );
	}
	try {
		$result = jiha_widgets_partner_request( $url, $entry );
		if ( is_wp_error( $result ) ) {
			$entry = null !== $entry && isset( $entry['body'] )
				? array_merge( $entry, array( 'stale' => true ) )
				: array(
					'error' => array(
						'code'    => $result->get_error_code(),
						'message' => $result->get_error_message(),
						'status'  => (int) $result->get_error_data()['status'],
					),
				);
		} elseif ( isset( $result['not_modified'] ) ) {
			$entry = array_merge(
				$entry,
				array(
					'etag'          => '' !== $result['etag'] ? $result['etag'] : $entry['etag'],
					'last_modified' => '' !== $result['last_modified'] ? $result['last_modified'] : $entry['last_modified'],
					'fetched_at'    => $now,
					'stale'         => false,
				)
			);
		} else {
			$entry = array_merge(
				$result,
				array(
					'fetched_at' => $now,
					'stale'      => false,
				)
			);
		}
		$entry['checked_at'] = $now;
		set_transient( $key, $entry, $period + JIHA_WIDGETS_PARTNER_KEEP );
	} finally {
		jiha_widgets_partner_unlock( $key );
	}
	return jiha_widgets_partner_answer( $entry, $period );
}

/** A cache entry as the route's answer: the copy with its times, or the remembered failure. */
function jiha_widgets_partner_answer( array $entry, $period ) {
	if ( ! isset( $entry['body'] ) ) {
		return isset( $entry['error']['code'], $entry['error']['message'], $entry['error']['status'] )
			? jiha_widgets_partner_error( $entry['error']['code'], $entry['error']['message'], $entry['error']['status'] )
			: jiha_widgets_partner_error( 'jiha_partner_feed_unreachable', __( 'The partner’s server could not be reached or did not answer in time.', 'jiha-widgets' ), 504 );
	}
	return array(
		'body'        => $entry['body'],
		'type'        => $entry['type'],
		'fetched_at'  => (int) $entry['fetched_at'],
		'fresh_until' => (int) $entry['checked_at'] + $period,
		'stale'       => ! empty( $entry['stale'] ),
	);
}
