<?php
/**
 * Removes the plugin's one option, and the partner feeds' cached copies,
 * when the plugin is deleted.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

// The partner feeds' copies first: their names come from the list in the option.
$jiha_widgets_saved = get_option( 'jiha_widgets_settings', array() );
if ( is_array( $jiha_widgets_saved ) && isset( $jiha_widgets_saved['partner_feeds'] ) && is_array( $jiha_widgets_saved['partner_feeds'] ) ) {
	foreach ( $jiha_widgets_saved['partner_feeds'] as $jiha_widgets_feed ) {
		delete_transient( 'jiha_widgets_pf_' . md5( (string) $jiha_widgets_feed ) );
	}
}
delete_option( 'jiha_widgets_settings' );
