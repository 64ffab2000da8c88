<?php
/**
 * Test-only must-use plugin for the WordPress test site (never packed):
 * application passwords over plain http on 127.0.0.1, no HTTP request from
 * PHP to anywhere but this machine (the test has no network: such a request
 * fails at once instead of waiting for a timeout), and a read-only view of
 * the plugin's option for administrators, to check uninstall.
 *
 * Partner feeds: exactly the test's two feed servers (host:port in
 * wp-content/jiha-test-partner-hosts.json, written by the test) count as
 * external hosts on allowed ports, as a partner's site on the internet would;
 * every other local address stays refused. Administrators may set the
 * plugin's option through its own sanitiser, and age a partner feed's copy
 * (as if its period had passed) instead of waiting minutes. The partner
 * feeds' size limit is 256 KB here (see the filter below).
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

/**
 * Playground's own must-use plugin (0-playground.php, loaded before this one)
 * counts every host as external; a real WordPress does not. Removed, so that
 * the private, loopback and link-local refusals are WordPress's and the
 * plugin's own.
 */
function jiha_test_no_playground_external_hosts() {
	remove_filter( 'http_request_host_is_external', '__return_true' );
}
jiha_test_no_playground_external_hosts();
add_action( 'muplugins_loaded', 'jiha_test_no_playground_external_hosts' );
add_action( 'plugins_loaded', 'jiha_test_no_playground_external_hosts' );

/** The test's partner feed servers, as "127.0.0.1:port". */
function jiha_test_partner_hosts() {
	$file  = WP_CONTENT_DIR . '/jiha-test-partner-hosts.json';
	$hosts = file_exists( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : array();
	return is_array( $hosts ) ? $hosts : array();
}

/** Whether a URL is on one of the test's partner feed servers. */
function jiha_test_is_partner_server( $url ) {
	$parts = wp_parse_url( $url );
	return is_array( $parts ) && isset( $parts['host'], $parts['port'] ) && in_array( $parts['host'] . ':' . $parts['port'], jiha_test_partner_hosts(), true );
}

// Playground's PHP reads some 200 KB a second from a socket: a 2 MB feed would time out before it could be refused for its size. The same rule, on 256 KB (the hostile feeds are some 160 KB).
add_filter(
	'jiha_widgets_partner_max_bytes',
	function () {
		return 262144;
	}
);

add_filter(
	'http_request_host_is_external',
	function ( $external, $host, $url ) {
		return $external || jiha_test_is_partner_server( $url );
	},
	10,
	3
);

add_filter(
	'http_allowed_safe_ports',
	function ( $ports, $host, $url ) {
		if ( jiha_test_is_partner_server( $url ) ) {
			$ports[] = (int) wp_parse_url( $url, PHP_URL_PORT );
		}
		return $ports;
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
		register_rest_route(
			'jiha-test/v1',
			'/option',
			array(
				'methods'             => 'POST',
				'permission_callback' => function () {
					return current_user_can( 'manage_options' );
				},
				'callback'            => function ( WP_REST_Request $request ) {
					update_option( 'jiha_widgets_settings', jiha_widgets_sanitize_settings( $request->get_json_params() ) );
					return array( 'value' => get_option( 'jiha_widgets_settings', null ) );
				},
			)
		);
		register_rest_route(
			'jiha-test/v1',
			'/age-partner-feed',
			array(
				'methods'             => 'POST',
				'permission_callback' => function () {
					return current_user_can( 'manage_options' );
				},
				'callback'            => function ( WP_REST_Request $request ) {
					$key   = jiha_widgets_partner_cache_key( (string) $request->get_param( 'url' ) );
					$entry = get_transient( $key );
					if ( ! is_array( $entry ) ) {
						return array( 'aged' => false );
					}
					$entry['checked_at'] -= 60 * jiha_widgets_partner_settings()['partner_cache_minutes'];
					set_transient( $key, $entry, DAY_IN_SECONDS );
					return array( 'aged' => true );
				},
			)
		);
	}
);
