<?php
/**
 * Test-only must-use plugin for the WordPress test site (never packed):
 * application passwords over plain http on 127.0.0.1, no HTTP request from
 * PHP to anywhere but this machine (the test has no network: such a request
 * fails at once instead of waiting for a timeout), and a read-only view of
 * the plugin's option for administrators, to check uninstall.
 */
add_filter( 'wp_is_application_passwords_available', '__return_true' );

add_filter(
	'pre_http_request',
	function ( $response, $args, $url ) {
		$host = wp_parse_url( $url, PHP_URL_HOST );
		return in_array( $host, array( '127.0.0.1', 'localhost' ), true ) ? $response : new WP_Error( 'jiha_test_offline', 'The WordPress test has no network.' );
	},
	10,
	3
);

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
