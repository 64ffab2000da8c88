<?php
/**
 * Removes the plugin's one option when the plugin is deleted.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'jiha_widgets_settings' );
