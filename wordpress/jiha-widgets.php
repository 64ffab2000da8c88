<?php
/**
 * Plugin Name:       Jiha widgets
 * Plugin URI:        https://www.npmjs.com/package/jiha-widgets
 * Description:       News cards, ISO certification badges, geopark maps, cooperation timelines and news lists as shortcodes and blocks, for authors who may not paste scripts.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Jiha widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       jiha-widgets
 * Domain Path:       /languages
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'JIHA_WIDGETS_VERSION', '0.1.0' );
define( 'JIHA_WIDGETS_FILE', __FILE__ );
define( 'JIHA_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/i18n.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/partner-feeds.php';
require_once __DIR__ . '/includes/partner-fetch.php';
require_once __DIR__ . '/includes/partner-route.php';
require_once __DIR__ . '/includes/partner-list.php';
require_once __DIR__ . '/includes/library.php';
require_once __DIR__ . '/includes/urls.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/localized-text.php';
require_once __DIR__ . '/includes/inline-data.php';
require_once __DIR__ . '/includes/regions.php';
require_once __DIR__ . '/includes/render-news-card.php';
require_once __DIR__ . '/includes/render-iso-badge.php';
require_once __DIR__ . '/includes/render-geopark-map.php';
require_once __DIR__ . '/includes/render-cooperation-timeline.php';
require_once __DIR__ . '/includes/render-news-list.php';
require_once __DIR__ . '/includes/widgets.generated.php';
require_once __DIR__ . '/includes/field-labels.generated.php';
require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/embed.php';
require_once __DIR__ . '/includes/settings-page.php';
