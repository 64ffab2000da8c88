<?php
/**
 * Test-only must-use plugin for the WordPress test site (never packed):
 * application passwords over plain http on 127.0.0.1, and a read-only view
 * of the plugin's option for administrators, to check uninstall.
 */
add_filter( 'wp_is_application_passwords_available', '__return_true' );

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'jiha-test/v1',
			'/option',
			array(
				'methods'             => 'GET',
				'permission_callback' => function () {
					return current_user_can( 'manage_options' );
				},
				'callback'            => function () {
					return array( 'value' => get_option( 'jiha_widgets_settings', null ) );
				},
			)
		);
	}
);
