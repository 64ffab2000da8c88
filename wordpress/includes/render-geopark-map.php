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

/** A site of the default places: its id, its geopark's id, its region and its names. */
function jiha_widgets_default_site( $id, $parent, $region, $en, $fr, $ar, $zgh ) {
	return array(
		'id'     => $id,
		'parent' => $parent,
		'name'   => array(
			'en'  => $en,
			'fr'  => $fr,
			'ar'  => $ar,
			'zgh' => $zgh,
		),
		'region' => $region,
		'url'    => '',
	);
}

/** The library's default places (src/components/geopark-map/places/default-places.ts): the geoparks and every site the map draws, names only. */
function jiha_widgets_default_places() {
	return array(
		array(
			'id'     => 'mgoun',
			'parent' => '',
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
			'id'     => 'chefchaouen',
			'parent' => '',
			'name'   => array(
				'en'  => 'Chefchaouen Geopark',
				'fr'  => 'Géoparc de Chefchaouen',
				'ar'  => 'جيوبارك شفشاون',
				'zgh' => 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⵏ ⵛⴼⵛⴰⵡⵏ',
			),
			'region' => 'tanger-tetouan-al-hoceima',
			'url'    => 'https://geoparc-chefchaouen.ma/',
		),
		jiha_widgets_default_site( 'azilal-museum', 'mgoun', 'beni-mellal-khenifra', "M'Goun Geopark Museum, Azilal", "Musée du géoparc du M'Goun, Azilal", 'متحف جيوبارك مكون بأزيلال', 'ⴰⵙⴰⵔⴰⴳ ⵏ ⵓⵊⵢⵓⴱⴰⵔⴽ ⵏ ⵎⴳⵓⵏ, ⴰⵣⵉⵍⴰⵍ' ),
		jiha_widgets_default_site( 'iouaridene', 'mgoun', 'beni-mellal-khenifra', 'Dinosaur footprints of Iouaridène (Demnate)', "Empreintes de dinosaures d'Iouaridène (Demnate)", 'آثار الديناصورات بإيواريدن (دمنات)', 'ⵉⵣⵔⵉⵡⵏ ⵏ ⵉⴷⵉⵏⵓⵚⵓⵔⵏ ⵏ ⵉⵡⴰⵔⵉⴷⵏ (ⴷⵎⵏⴰⵜ)' ),
		jiha_widgets_default_site( 'ait-bouguemez', 'mgoun', 'beni-mellal-khenifra', 'Aït Bouguemez valley (Tabant)', 'Vallée des Aït Bouguemez (Tabant)', 'وادي أيت بوكماز (تابانت)', 'ⴰⵖⵣⵔ ⵏ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ (ⵜⴰⴱⴰⵏⵜ)' ),
		jiha_widgets_default_site( 'imsfrane-cathedral', 'mgoun', 'beni-mellal-khenifra', 'Cathedral rock of Imsfrane', "Rocher de la Cathédrale d'Imsfrane", 'كاتدرائية مسفران', 'ⵜⴰⴽⴰⵜⵉⴷⵔⴰⵍⵜ ⵏ ⵉⵎⵙⴼⵔⴰⵏ' ),
		jiha_widgets_default_site( 'imi-n-ifri', 'mgoun', 'beni-mellal-khenifra', "Imi n'Ifri natural bridge (Demnate)", "Pont naturel d'Imi n'Ifri (Demnate)", 'القنطرة الطبيعية إمي نفري بدمنات', 'ⵜⵉⵇⵏⵟⵕⵜ ⵜⴰⴳⴰⵎⴰⵏⵜ ⵏ ⵉⵎⵉ ⵏ ⵉⴼⵔⵉ (ⴷⵎⵏⴰⵜ)' ),
		jiha_widgets_default_site( 'ouzoud', 'mgoun', 'beni-mellal-khenifra', 'Ouzoud falls', "Cascades d'Ouzoud", 'شلالات أوزود', 'ⵉⵙⵓⵔⴰⴼ ⵏ ⵓⵣⵓⴷ' ),
		jiha_widgets_default_site( 'bin-el-ouidane', 'mgoun', 'beni-mellal-khenifra', 'Bin el Ouidane lake', 'Lac de Bin el Ouidane', 'بحيرة بين الويدان', 'ⴰⵎⴷⴰ ⵏ ⴱⵉⵏ ⵍⵡⵉⴷⴰⵏ' ),
		jiha_widgets_default_site( 'zaouiat-ahansal', 'mgoun', 'beni-mellal-khenifra', 'Zaouiat Ahansal', 'Zaouiat Ahansal', 'زاوية أحنصال', 'ⵣⴰⵡⵉⵜ ⴰⵃⴰⵏⵚⴰⵍ' ),
		jiha_widgets_default_site( 'ighil-mgoun', 'mgoun', 'beni-mellal-khenifra', "Ighil M'Goun summit (4,071 m)", "Sommet de l'Ighil M'Goun (4 071 m)", 'قمة إغيل مكون (4071 م)', 'ⵉⵖⵉⵍ ⵎⴳⵓⵏ (4071 ⵎ)' ),
		jiha_widgets_default_site( 'chefchaouen-town', 'chefchaouen', 'tanger-tetouan-al-hoceima', 'Chefchaouen (town)', 'Chefchaouen (ville)', 'مدينة شفشاون', 'ⵜⴰⵎⴷⵉⵏⵜ ⵏ ⵛⴼⵛⴰⵡⵏ' ),
	);
}

/** Places (id, parent geopark, name, region, url) from GeoJSON features or CSV rows. */
function jiha_widgets_map_places( array $data, $language ) {
	$places = array();
	if ( 'json' === $data['format'] && is_object( $data['value'] ) && isset( $data['value']->features ) && is_array( $data['value']->features ) ) {
		foreach ( $data['value']->features as $feature ) {
			$properties = is_object( $feature ) && isset( $feature->properties ) && is_object( $feature->properties ) ? $feature->properties : null;
			if ( null === $properties ) {
				continue;
			}
			$id       = isset( $properties->id ) ? $properties->id : ( isset( $feature->id ) ? $feature->id : '' );
			$places[] = array(
				'id'     => is_scalar( $id ) ? (string) $id : '',
				'parent' => isset( $properties->geopark ) && is_scalar( $properties->geopark ) ? (string) $properties->geopark : '',
				'name'   => isset( $properties->name ) ? jiha_widgets_pick_text( $properties->name, $language ) : '',
				'region' => isset( $properties->region ) && is_string( $properties->region ) ? $properties->region : '',
				'url'    => isset( $properties->url ) && is_string( $properties->url ) ? $properties->url : '',
			);
		}
	} elseif ( 'csv' === $data['format'] ) {
		foreach ( $data['rows'] as $row ) {
			$places[] = array(
				'id'     => isset( $row['id'] ) ? trim( $row['id'] ) : '',
				'parent' => isset( $row['geopark'] ) ? trim( $row['geopark'] ) : '',
				'name'   => jiha_widgets_pick_column( $row, 'name', $language ),
				'region' => isset( $row['region'] ) ? trim( $row['region'] ) : '',
				'url'    => isset( $row['url'] ) ? trim( $row['url'] ) : '',
			);
		}
	}
	return $places;
}

/** One place as a list item: its name (a link where it has one), then its region unless `$region` is given ('' leaves it out). */
function jiha_widgets_map_place_item( array $place, $language, $region = null ) {
	$name = jiha_widgets_pick_text( $place['name'], $language );
	if ( '' === $name ) {
		return '';
	}
	if ( null === $region ) {
		$region = '' !== $place['region'] ? ' – ' . esc_html( jiha_widgets_region_name( $place['region'], $language ) ) : '';
	}
	return '<li>' . jiha_widgets_link( $name, $place['url'] ) . $region . '</li>';
}

function jiha_widgets_render_geopark_map( array $attributes, $content = '', $wrapper = '' ) {
	$language = jiha_widgets_ui_language( $attributes['lang'] );
	$data     = jiha_widgets_read_inline_data( $content );
	$places   = jiha_widgets_map_places( $data, $language );
	if ( 'none' === $data['format'] && ! isset( $attributes['src'] ) ) {
		$places = jiha_widgets_default_places();
	}
	// Every place the map draws, each once: a site under its geopark when the data has it (as the map's own list).
	$ids = array();
	foreach ( $places as $place ) {
		if ( '' !== $place['id'] ) {
			$ids[ $place['id'] ] = true;
		}
	}
	$items = '';
	foreach ( $places as $place ) {
		if ( '' !== $place['parent'] && $place['parent'] !== $place['id'] && isset( $ids[ $place['parent'] ] ) ) {
			continue;
		}
		$item = jiha_widgets_map_place_item( $place, $language );
		if ( '' === $item ) {
			continue;
		}
		$sites = '';
		foreach ( $places as $site ) {
			if ( '' !== $place['id'] && $site['parent'] === $place['id'] && $site['id'] !== $place['id'] ) {
				$sites .= jiha_widgets_map_place_item( $site, $language, '' );
			}
		}
		$items .= '' === $sites ? $item : substr( $item, 0, -5 ) . '<ul>' . $sites . '</ul></li>';
	}
	$fallback = '' !== $items ? '<ul>' . $items . '</ul>' : '';
	return jiha_widgets_open_tag( 'geopark-map', $attributes, $wrapper ) . jiha_widgets_data_script( $data ) . $fallback . jiha_widgets_close_tag( 'geopark-map' );
}
