<?php
/**
 * The few WordPress functions the plugin's writers call, for PHP's CLI
 * (test/parity/render.php): no WordPress install in `npm test`. Escaping
 * follows WordPress's own: esc_html and esc_attr encode & < > " ' and leave
 * a valid entity alone (_wp_specialchars without double encoding); esc_url
 * keeps an allowed scheme's address and writes & as &#038;. Translations
 * are off (the English strings), as on a site in English. The site's date
 * format is WordPress's default, `F j, Y`.
 *
 * @package JihaWidgets
 */

define( 'ABSPATH', __DIR__ . '/' );
define( 'DAY_IN_SECONDS', 86400 );

function __( $text, $domain = 'default' ) {
	return $text;
}
function esc_html__( $text, $domain = 'default' ) {
	return esc_html( $text );
}
function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', false );
}
function esc_attr( $text ) {
	return esc_html( $text );
}
function esc_url( $url, $protocols = null ) {
	$url = str_replace( ' ', '%20', ltrim( (string) $url ) );
	$url = (string) preg_replace( '|[^a-z0-9-~+_.?#=!&;,/:%@$\|*\'()\[\]\x80-\xff]|i', '', $url );
	$url = (string) preg_replace( '/&(?!#?\w+;)/', '&amp;', $url );
	return str_replace( array( '&amp;', "'" ), array( '&#038;', '&#039;' ), $url );
}
function wp_parse_url( $url, $component = -1 ) {
	return parse_url( $url, $component );
}
function esc_url_raw( $url, $protocols = null ) {
	return (string) $url;
}
function wp_json_encode( $value, $flags = 0 ) {
	return json_encode( $value, $flags );
}
function wp_strip_all_tags( $text ) {
	return trim( strip_tags( (string) preg_replace( '@<(script|style)[^>]*?>.*?</\\1>@si', '', (string) $text ) ) );
}
function wp_date( $format, $timestamp = null, $timezone = null ) {
	$date = new DateTime( '@' . (int) $timestamp );
	$date->setTimezone( $timezone ? $timezone : new DateTimeZone( 'UTC' ) );
	return $date->format( $format );
}
function get_option( $name, $default = false ) {
	return 'date_format' === $name ? 'F j, Y' : $default;
}
function get_locale() {
	return 'en_US';
}
function determine_locale() {
	return 'en_US';
}
function apply_filters( $hook, $value ) {
	return $value;
}
function add_action() {
}
function add_filter() {
}
function register_activation_hook() {
}
function register_uninstall_hook() {
}
function wp_enqueue_script() {
}
function wp_enqueue_script_module() {
}
function wp_register_script() {
}
function plugins_url( $path = '', $plugin = '' ) {
	return 'https://site.test/wp-content/plugins/jiha-widgets/' . $path;
}
