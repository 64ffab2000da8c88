<?php
/**
 * Settings → Jiha widgets: where the library is loaded from and the default
 * language. Administrators only (manage_options); the settings API adds the
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
