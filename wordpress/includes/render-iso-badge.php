<?php
/**
 * `<jiha-iso-badge>` and its fallback, as src/fallback/iso-badge.ts writes
 * it (test/parity): the standard and holder; the status in words with the
 * end date; the verify link. Fields the badge would refuse (an unknown
 * standard, a date that is not a day, an edition that contradicts the
 * standard) leave the fallback empty, as the badge shows an error.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The standard's number and edition from `9001`, `ISO 9001:2015`,
 * `ISO/IEC 27001:2022`, `NM ISO 9001:2015` (src/components/iso-badge/standards.ts,
 * parseStandard), or null.
 */
function jiha_widgets_parse_standard( $text ) {
	$text = trim( (string) preg_replace( '/\s+/u', ' ', (string) $text ) );
	if ( ! preg_match( '#^(?:(?:NM|EN|NF|BS|DIN|UNE)\s+(?:EN\s+)?)?(?:ISO(?:\s*/\s*IEC)?\s*)?(\d{3,5}(?:-\d{1,2})?)(?:\s*:\s*(\d{4}))?$#i', $text, $match ) ) {
		return null;
	}
	return array(
		'number'  => $match[1],
		'edition' => isset( $match[2] ) && '' !== $match[2] ? (int) $match[2] : null,
	);
}

/** "ISO 9001:2015", "ISO/IEC 27001:2022" (the one joint standard the badge knows). */
function jiha_widgets_standard_reference( $number, $edition ) {
	$prefix = '27001' === $number ? 'ISO/IEC' : 'ISO';
	return $prefix . ' ' . $number . ( null !== $edition ? ':' . $edition : '' );
}

/** A certificate's day (YYYY-MM-DD, or the day of a date-time), '' when absent, null when it is not a day. */
function jiha_widgets_badge_day( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( ! preg_match( '/^\d{4}-\d{2}-\d{2}(?:[T ]|$)/', $value ) || null === jiha_widgets_timestamp( $value ) ) {
		return null;
	}
	return substr( $value, 0, 10 );
}

/** Whole days from one YYYY-MM-DD to another. */
function jiha_widgets_days_between( $from, $to ) {
	return (int) round( ( strtotime( $to . 'T00:00:00Z' ) - strtotime( $from . 'T00:00:00Z' ) ) / DAY_IN_SECONDS );
}

/**
 * The state on $today (YYYY-MM-DD) as the badge computes it
 * (src/components/iso-badge/status.ts): the override; not yet issued;
 * past the end date (the end date itself is valid); 90 days or less left.
 */
function jiha_widgets_badge_status( $override, $issued, $expires, $today ) {
	if ( '' !== $override ) {
		return $override;
	}
	if ( '' !== $issued && jiha_widgets_days_between( $today, $issued ) > 0 ) {
		return 'not-yet-valid';
	}
	if ( '' === $expires ) {
		return 'valid';
	}
	$left = jiha_widgets_days_between( $today, $expires );
	if ( $left < 0 ) {
		return 'expired';
	}
	return $left <= 90 ? 'expiring' : 'valid';
}

function jiha_widgets_badge_status_words( $status ) {
	$words = array(
		'valid'         => __( 'Valid', 'jiha-widgets' ),
		'expiring'      => __( 'Expires soon', 'jiha-widgets' ),
		'expired'       => __( 'Expired', 'jiha-widgets' ),
		'not-yet-valid' => __( 'Not yet valid', 'jiha-widgets' ),
		'suspended'     => __( 'Suspended', 'jiha-widgets' ),
		'withdrawn'     => __( 'Withdrawn', 'jiha-widgets' ),
	);
	return $words[ $status ];
}

/** Today's date in the badge's time zone (the site's when it names none that exists). */
function jiha_widgets_badge_today( $time_zone ) {
	try {
		$zone = new DateTimeZone( '' !== $time_zone ? $time_zone : 'UTC' );
	} catch ( Exception $error ) {
		$zone = new DateTimeZone( 'UTC' );
	}
	return ( new DateTime( 'now', $zone ) )->format( 'Y-m-d' );
}

/** The certificate the attributes describe, as the badge reads it, or null where the badge would refuse them. */
function jiha_widgets_badge_certificate( $get ) {
	$standard = jiha_widgets_parse_standard( $get( 'standard' ) );
	$edition  = trim( $get( 'edition' ) );
	$override = strtolower( trim( $get( 'status' ) ) );
	$issued   = jiha_widgets_badge_day( $get( 'issued' ) );
	$expires  = jiha_widgets_badge_day( $get( 'expires' ) );
	if ( null === $standard || ( '' !== $edition && ! preg_match( '/^(19|20)\d\d$/', $edition ) ) || null === $issued || null === $expires ) {
		return null;
	}
	if ( '' !== $edition && null !== $standard['edition'] && (int) $edition !== $standard['edition'] ) {
		return null;
	}
	if ( '' !== $issued && '' !== $expires && $issued > $expires ) {
		return null;
	}
	if ( in_array( $override, array( 'active', 'valid', 'auto' ), true ) ) {
		$override = '';
	} elseif ( '' !== $override && 'suspended' !== $override && 'withdrawn' !== $override ) {
		return null;
	}
	return array(
		'reference' => jiha_widgets_standard_reference( $standard['number'], null !== $standard['edition'] ? $standard['edition'] : ( '' !== $edition ? (int) $edition : null ) ),
		'override'  => $override,
		'issued'    => $issued,
		'expires'   => $expires,
	);
}

function jiha_widgets_render_iso_badge( array $attributes, $content = '', $wrapper = '' ) {
	$get         = function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ? $attributes[ $name ] : '';
	};
	$certificate = jiha_widgets_badge_certificate( $get );
	$fallback    = '';
	if ( null !== $certificate ) {
		$status   = jiha_widgets_badge_status( $certificate['override'], $certificate['issued'], $certificate['expires'], jiha_widgets_badge_today( $get( 'time-zone' ) ) );
		/* translators: %s: the standard, e.g. ISO 9001:2015. */
		$headline = 'valid' === $status || 'expiring' === $status ? __( '%s certified', 'jiha-widgets' ) : __( '%s certificate', 'jiha-widgets' );
		$holder   = trim( $get( 'holder' ) );
		$fallback = '<p><strong>' . esc_html( sprintf( $headline, $certificate['reference'] ) ) . '</strong>'
			. ( '' !== $holder ? ' – <span>' . esc_html( $holder ) . '</span>' : '' ) . '</p>';
		$end      = '' !== $certificate['expires']
			? esc_html__( 'Valid until', 'jiha-widgets' ) . ' ' . jiha_widgets_time( $certificate['expires'] )
			: esc_html__( 'End date not given', 'jiha-widgets' );
		$fallback .= '<p>' . esc_html( jiha_widgets_badge_status_words( $status ) ) . ' – ' . $end . '</p>';
		if ( '' !== jiha_widgets_esc_url( $get( 'verify-url' ) ) ) {
			$fallback .= '<p>' . jiha_widgets_link( __( 'Verify in the certification body’s register', 'jiha-widgets' ), $get( 'verify-url' ) ) . '</p>';
		}
	}
	return jiha_widgets_open_tag( 'iso-badge', $attributes, $wrapper ) . $fallback . jiha_widgets_close_tag( 'iso-badge' );
}
