<?php
/**
 * `<jiha-geopark-map>`, its inline GeoJSON or CSV, and its fallback: the
 * places as a list of links with their region. Without data or src the
 * element shows Morocco's geoparks, and so does the fallback.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The library's default places (src/components/geopark-map/places/default-places.ts), names only. */
function jiha_widgets_default_places() {
	return array(
		array(
			'name'   => array(
				'en'  => "M'Goun UNESCO Global Geopark",
				'fr'  => "Géoparc mondial UNESCO du M'Goun",
				'ar'  => 'جيوبارك مكون العالمي لليونسكو',
				'zgh' => 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵢⵓⵏⵉⵙⴽⵓ ⵏ ⵎⴳⵓⵏ',
			),
			'region' => 'beni-mellal-khenifra',
			'url'    => '',
		),
		array(
			'name'   => array(
				'en'  => 'Chefchaouen Geopark',
				'fr'  => 'Géoparc de Chefchaouen',
				'ar'  => 'جيوبارك شفشاون',
				'zgh' => 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⵏ ⵛⴼⵛⴰⵡⵏ',
			),
			'region' => 'tanger-tetouan-al-hoceima',
			'url'    => 'https://geoparc-chefchaouen.ma/',
		),
	);
}

/** Places (name, region, url) from GeoJSON features or CSV rows. */
function jiha_widgets_map_places( array $data, $language ) {
	$places = array();
	if ( 'json' === $data['format'] && is_object( $data['value'] ) && isset( $data['value']->features ) && is_array( $data['value']->features ) ) {
		foreach ( $data['value']->features as $feature ) {
			$properties = is_object( $feature ) && isset( $feature->properties ) && is_object( $feature->properties ) ? $feature->properties : null;
			if ( null === $properties ) {
				continue;
			}
			$places[] = array(
				'name'   => isset( $properties->name ) ? jiha_widgets_pick_text( $properties->name, $language ) : '',
				'region' => isset( $properties->region ) && is_string( $properties->region ) ? $properties->region : '',
				'url'    => isset( $properties->url ) && is_string( $properties->url ) ? $properties->url : '',
			);
		}
	} elseif ( 'csv' === $data['format'] ) {
		foreach ( $data['rows'] as $row ) {
			$places[] = array(
				'name'   => jiha_widgets_pick_column( $row, 'name', $language ),
				'region' => isset( $row['region'] ) ? trim( $row['region'] ) : '',
				'url'    => isset( $row['url'] ) ? trim( $row['url'] ) : '',
			);
		}
	}
	return $places;
}

function jiha_widgets_render_geopark_map( array $attributes, $content = '', $wrapper = '' ) {
	$language = jiha_widgets_ui_language( $attributes['lang'] );
	$data     = jiha_widgets_read_inline_data( $content );
	$places   = jiha_widgets_map_places( $data, $language );
	if ( 'none' === $data['format'] && ! isset( $attributes['src'] ) ) {
		$places = jiha_widgets_default_places();
	}
	$items = '';
	foreach ( $places as $place ) {
		$name = jiha_widgets_pick_text( $place['name'], $language );
		if ( '' === $name ) {
			continue;
		}
		$region = '' !== $place['region'] ? ' – ' . esc_html( jiha_widgets_region_name( $place['region'], $language ) ) : '';
		$items .= '<li>' . jiha_widgets_link( $name, $place['url'] ) . $region . '</li>';
	}
	$fallback = '' !== $items ? '<ul>' . $items . '</ul>' : '';
	return jiha_widgets_open_tag( 'geopark-map', $attributes, $wrapper ) . jiha_widgets_data_script( $data ) . $fallback . jiha_widgets_close_tag( 'geopark-map' );
}
