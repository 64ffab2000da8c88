<?php
/**
 * `<jiha-iso-badge>` and its fallback: standard, holder, status in words,
 * end date, and the verify link.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** "ISO 9001:2015" from standard 9001 (or "ISO 9001") and edition 2015. */
function jiha_widgets_standard_label( $standard, $edition ) {
	$label = trim( (string) $standard );
	if ( preg_match( '/^\d+$/', $label ) ) {
		$label = 'ISO ' . $label;
	}
	if ( '' !== $label && preg_match( '/^\d{4}$/', trim( (string) $edition ) ) && false === strpos( $label, ':' ) ) {
		$label .= ':' . trim( (string) $edition );
	}
	return $label;
}

/** The status as the element computes it: the suspended/withdrawn override, else from the dates (90 days = expiring). */
function jiha_widgets_badge_status( $status, $issued, $expires, $now ) {
	if ( 'suspended' === $status || 'withdrawn' === $status ) {
		return $status;
	}
	$start = jiha_widgets_timestamp( $issued );
	$end   = jiha_widgets_timestamp( $expires );
	if ( null !== $start && $start > $now ) {
		return 'not-yet-valid';
	}
	if ( null !== $end && $end < $now ) {
		return 'expired';
	}
	if ( null !== $end && $end - $now <= 90 * DAY_IN_SECONDS ) {
		return 'expiring';
	}
	return 'valid';
}

function jiha_widgets_badge_status_words( $status ) {
	$words = array(
		'valid'         => __( 'Valid', 'jiha-widgets' ),
		'expiring'      => __( 'Expiring soon', 'jiha-widgets' ),
		'expired'       => __( 'Expired', 'jiha-widgets' ),
		'not-yet-valid' => __( 'Not yet valid', 'jiha-widgets' ),
		'suspended'     => __( 'Suspended', 'jiha-widgets' ),
		'withdrawn'     => __( 'Withdrawn', 'jiha-widgets' ),
	);
	return $words[ $status ];
}

function jiha_widgets_render_iso_badge( array $attributes, $content = '', $wrapper = '' ) {
	$get   = function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ? $attributes[ $name ] : '';
	};
	$parts = array();
	$label = jiha_widgets_standard_label( $get( 'standard' ), $get( 'edition' ) );
	if ( '' !== $label ) {
		$parts[] = '<strong>' . esc_html( $label ) . '</strong>';
	}
	if ( '' !== $get( 'holder' ) ) {
		$parts[] = esc_html( $get( 'holder' ) );
	}
	if ( '' !== $label ) {
		$status  = jiha_widgets_badge_status( $get( 'status' ), $get( 'issued' ), $get( 'expires' ), time() );
		$parts[] = esc_html( jiha_widgets_badge_status_words( $status ) );
	}
	if ( '' !== $get( 'expires' ) ) {
		/* translators: %s: the certificate's end date. */
		$parts[] = sprintf( esc_html__( 'valid until %s', 'jiha-widgets' ), jiha_widgets_time( $get( 'expires' ) ) );
	}
	$fallback = $parts ? '<p>' . implode( ' – ', $parts ) . '</p>' : '';
	if ( '' !== jiha_widgets_esc_url( $get( 'verify-url' ) ) ) {
		$fallback .= '<p>' . jiha_widgets_link( __( 'Verify this certificate', 'jiha-widgets' ), $get( 'verify-url' ) ) . '</p>';
	}
	return jiha_widgets_open_tag( 'iso-badge', $attributes, $wrapper ) . $fallback . jiha_widgets_close_tag( 'iso-badge' );
}
