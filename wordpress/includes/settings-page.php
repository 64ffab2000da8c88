<?php
/**
 * Settings → Jiha widgets: where the library is loaded from, the default
 * language, and the partner feeds the site's own server fetches for its
 * news lists. Administrators only (manage_options); the settings API adds the
 * nonce and checks it.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function jiha_widgets_register_settings() {
	register_setting(
		'jiha_widgets',
		JIHA_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'jiha_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'jiha_widgets_main', '', '__return_false', 'jiha-widgets' );
	add_settings_field( 'jiha_widgets_library_url', __( 'Library address', 'jiha-widgets' ), 'jiha_widgets_library_url_field', 'jiha-widgets', 'jiha_widgets_main', array( 'label_for' => 'jiha-widgets-library-url' ) );
	add_settings_field( 'jiha_widgets_language', __( 'Default language', 'jiha-widgets' ), 'jiha_widgets_language_field', 'jiha-widgets', 'jiha_widgets_main', array( 'label_for' => 'jiha-widgets-language' ) );
	add_settings_section( 'jiha_widgets_partners', __( 'Partner feeds', 'jiha-widgets' ), 'jiha_widgets_partner_section', 'jiha-widgets' );
	add_settings_field( 'jiha_widgets_partner_feeds', __( 'Partner feed addresses', 'jiha-widgets' ), 'jiha_widgets_partner_feeds_field', 'jiha-widgets', 'jiha_widgets_partners', array( 'label_for' => 'jiha-widgets-partner-feeds' ) );
	add_settings_field( 'jiha_widgets_partner_cache_minutes', __( 'Keep a copy for (minutes)', 'jiha-widgets' ), 'jiha_widgets_partner_cache_field', 'jiha-widgets', 'jiha_widgets_partners', array( 'label_for' => 'jiha-widgets-partner-cache-minutes' ) );
	add_settings_field( 'jiha_widgets_partner_images', __( 'Partners’ images', 'jiha-widgets' ), 'jiha_widgets_partner_images_field', 'jiha-widgets', 'jiha_widgets_partners', array( 'label_for' => 'jiha-widgets-partner-images' ) );
}
add_action( 'admin_init', 'jiha_widgets_register_settings' );

function jiha_widgets_library_url_field() {
	$settings = jiha_widgets_settings();
	printf(
		'<input type="url" class="regular-text code" id="jiha-widgets-library-url" name="%1$s[library_url]" value="%2$s" placeholder="%3$s" /><p class="description">%4$s</p>',
		esc_attr( JIHA_WIDGETS_OPTION ),
		esc_attr( $settings['library_url'] ),
		esc_attr( jiha_widgets_bundled_base() . 'jiha.js' ),
		esc_html__( 'Leave empty to use the copy bundled with the plugin. Otherwise the address of jiha.js; embed.html must be in the same folder.', 'jiha-widgets' )
	);
}

function jiha_widgets_language_field() {
	$settings = jiha_widgets_settings();
	$choices  = array(
		''    => sprintf(
			/* translators: %s: a language code such as fr. */
			__( 'From the site language (now: %s)', 'jiha-widgets' ),
			jiha_widgets_language_from_locale( get_locale() )
		),
		'ar'  => __( 'Arabic', 'jiha-widgets' ),
		'fr'  => __( 'French', 'jiha-widgets' ),
		'en'  => __( 'English', 'jiha-widgets' ),
		'zgh' => __( 'Standard Moroccan Tamazight', 'jiha-widgets' ),
	);
	echo '<select id="jiha-widgets-language" name="' . esc_attr( JIHA_WIDGETS_OPTION ) . '[language]">';
	foreach ( $choices as $value => $label ) {
		echo '<option value="' . esc_attr( $value ) . '"' . selected( $settings['language'], $value, false ) . '>' . esc_html( $label ) . '</option>';
	}
	echo '</select>';
}

function jiha_widgets_partner_section() {
	echo '<p>' . esc_html__( 'News lists may show these feeds of partner sites: this site’s server fetches them and serves a copy, so that visitors’ browsers can read feeds whose sites do not allow it, and partners see this server instead of each visitor. No other address is ever fetched.', 'jiha-widgets' ) . '</p>';
}

function jiha_widgets_partner_feeds_field() {
	$settings = jiha_widgets_partner_settings();
	printf(
		'<textarea class="large-text code" rows="4" id="jiha-widgets-partner-feeds" name="%1$s[partner_feeds]" aria-describedby="jiha-widgets-partner-feeds-help">%2$s</textarea><p class="description" id="jiha-widgets-partner-feeds-help">%3$s</p>',
		esc_attr( JIHA_WIDGETS_OPTION ),
		esc_textarea( implode( "\n", $settings['partner_feeds'] ) ),
		esc_html__( 'One address a line, starting with https:// or http://, exactly as in the news lists’ source, for example https://partner-region.ma/feed/.', 'jiha-widgets' )
	);
}

function jiha_widgets_partner_cache_field() {
	$settings = jiha_widgets_partner_settings();
	printf(
		'<input type="number" class="small-text" min="1" max="1440" step="1" id="jiha-widgets-partner-cache-minutes" name="%1$s[partner_cache_minutes]" value="%2$d" aria-describedby="jiha-widgets-partner-cache-help" /><p class="description" id="jiha-widgets-partner-cache-help">%3$s</p>',
		esc_attr( JIHA_WIDGETS_OPTION ),
		(int) $settings['partner_cache_minutes'],
		esc_html__( 'The server asks each partner at most once in this time, however many visitors come. When a partner cannot be reached, the last good copy is served, for up to a week.', 'jiha-widgets' )
	);
}

function jiha_widgets_partner_images_field() {
	$settings = jiha_widgets_partner_settings();
	printf(
		'<label><input type="checkbox" id="jiha-widgets-partner-images" name="%1$s[partner_images]" value="1"%2$s /> %3$s</label><p class="description">%4$s</p>',
		esc_attr( JIHA_WIDGETS_OPTION ),
		checked( $settings['partner_images'], true, false ),
		esc_html__( 'Show partners’ images', 'jiha-widgets' ),
		esc_html__( 'A partner’s images are loaded by visitors’ browsers from the partner’s site, which then sees their address. Untick to show partners’ news without images.', 'jiha-widgets' )
	);
}

function jiha_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Jiha widgets', 'jiha-widgets' ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'jiha_widgets' );
	do_settings_sections( 'jiha-widgets' );
	submit_button();
	echo '</form></div>';
}

function jiha_widgets_settings_menu() {
	add_options_page( __( 'Jiha widgets', 'jiha-widgets' ), __( 'Jiha widgets', 'jiha-widgets' ), 'manage_options', 'jiha-widgets', 'jiha_widgets_settings_page' );
}
add_action( 'admin_menu', 'jiha_widgets_settings_menu' );
