<?php
/**
 * `<jiha-geopark-map>`, its inline GeoJSON or CSV, and its fallback as
 * src/fallback/geopark-map.ts writes it (test/parity): the places as the
 * map's list shows them, each name a link where it has one, with its status
 * and region, a geopark's sites under it. Data the map would refuse leaves
 * the fallback empty. Without data or src the element shows Morocco's
 * geoparks, and so does the fallback.
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
		'status' => 'site',
		'name'   => array(
			'en'  => $en,
			'fr'  => $fr,
			'ar'  => $ar,
			'zgh' => $zgh,
		),
		'region' => jiha_widgets_place_region( $region ),
		'url'    => '',
	);
}

/** The library's default places (src/components/geopark-map/places/default-places.ts): the geoparks and every site the map draws, names only. */
function jiha_widgets_default_places() {
	return array(
		array(
			'id'     => 'mgoun',
			'parent' => '',
			'status' => 'unesco-global-geopark',
			'name'   => array(
				'en'  => "M'Goun UNESCO Global Geopark",
				'fr'  => "Géoparc mondial UNESCO du M'Goun",
				'ar'  => 'جيوبارك مكون العالمي لليونسكو',
				'zgh' => 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵢⵓⵏⵉⵙⴽⵓ ⵏ ⵎⴳⵓⵏ',
			),
			'region' => jiha_widgets_place_region( 'beni-mellal-khenifra' ),
			'url'    => '',
		),
		array(
			'id'     => 'chefchaouen',
			'parent' => '',
			'status' => 'aspiring',
			'name'   => array(
				'en'  => 'Chefchaouen Geopark',
				'fr'  => 'Géoparc de Chefchaouen',
				'ar'  => 'جيوبارك شفشاون',
				'zgh' => 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⵏ ⵛⴼⵛⴰⵡⵏ',
			),
			'region' => jiha_widgets_place_region( 'tanger-tetouan-al-hoceima' ),
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
		jiha_widgets_default_site( 'ighil-mgoun', 'mgoun', 'beni-mellal-khenifra', "Ighil M'Goun summit (4,071 m)", "Sommet de l'Ighil M'Goun (4 071 m)", 'قمة إغيل مكون (4071 م)', 'ⵉⵖⵉⵍ ⵎⴳⵓⵏ (4071 ⵎ)' ),
		jiha_widgets_default_site( 'chefchaouen-town', 'chefchaouen', 'tanger-tetouan-al-hoceima', 'Chefchaouen (town)', 'Chefchaouen (ville)', 'مدينة شفشاون', 'ⵜⴰⵎⴷⵉⵏⵜ ⵏ ⵛⴼⵛⴰⵡⵏ' ),
	);
}

/**
 * A localised text as src/i18n/localized-text.ts picks it: the text for
 * $language (then fr, ar, en, then any) and the language it is in (null
 * for a plain string), or null when there is no text.
 */
function jiha_widgets_pick_localized( $value, $language ) {
	if ( is_string( $value ) ) {
		return '' === $value ? null : array( 'text' => $value, 'lang' => null );
	}
	if ( is_int( $value ) || ( is_float( $value ) && is_finite( $value ) ) ) {
		return array( 'text' => (string) $value, 'lang' => null );
	}
	if ( is_object( $value ) ) {
		$value = get_object_vars( $value );
	}
	if ( ! is_array( $value ) ) {
		return null;
	}
	$texts = array_filter(
		$value,
		function ( $text ) {
			return is_string( $text ) && '' !== $text;
		}
	);
	foreach ( array( $language, 'fr', 'ar', 'en' ) as $candidate ) {
		foreach ( $texts as $key => $text ) {
			$primary = strtolower( (string) preg_replace( '/[-_].*$/', '', trim( (string) $key ) ) );
			$known   = preg_match( '/^(zgh|tzm|ber|shi|rif)$/', $primary ) ? 'zgh' : $primary;
			if ( $known === $candidate ) {
				return array( 'text' => $text, 'lang' => $candidate );
			}
		}
	}
	foreach ( $texts as $text ) {
		return array( 'text' => $text, 'lang' => null );
	}
	return null;
}

/** `<span lang>` around a text of the data, escaped (or around markup, with $html). */
function jiha_widgets_lang_span( $picked, $html = null ) {
	$lang = null !== $picked['lang'] ? ' lang="' . esc_attr( $picked['lang'] ) . '"' : '';
	return '<span' . $lang . '>' . ( null !== $html ? $html : jiha_widgets_esc_data( $picked['text'] ) ) . '</span>';
}

/** A place's status as the map reads it (src/components/geopark-map/places/geopark-model.ts), or null when it cannot. */
function jiha_widgets_place_status( $value, $kind ) {
	if ( null === $value || '' === $value ) {
		return 'geopark' === $kind ? 'national' : 'site';
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$text = strtolower( trim( $value ) );
	if ( in_array( $text, array( 'unesco-global-geopark', 'aspiring', 'national', 'site' ), true ) ) {
		return $text;
	}
	if ( preg_match( '/aspiring|candidate/', $text ) ) {
		return 'aspiring';
	}
	if ( false !== strpos( $text, 'unesco global geopark' ) ) {
		return 'unesco-global-geopark';
	}
	return false !== strpos( $text, 'national' ) ? 'national' : null;
}

function jiha_widgets_place_status_words( $status ) {
	$words = array(
		'unesco-global-geopark' => __( 'UNESCO Global Geopark', 'jiha-widgets' ),
		'aspiring'              => __( 'Aspiring UNESCO Global Geopark (not designated)', 'jiha-widgets' ),
		'national'              => __( 'National geopark', 'jiha-widgets' ),
		'site'                  => __( 'Geosite', 'jiha-widgets' ),
	);
	return $words[ $status ];
}

/** A place's region: a known region's names (by id or ISO code), else the data's own text, else null. */
function jiha_widgets_place_region( $value ) {
	if ( is_string( $value ) ) {
		$wanted = strtolower( trim( $value ) );
		foreach ( jiha_widgets_regions() as $id => $region ) {
			if ( $id === $wanted || strtolower( $region['iso'] ) === $wanted ) {
				return array_diff_key( $region, array( 'iso' => true ) );
			}
		}
	}
	return null === $value || '' === $value ? null : $value;
}

/** Whether a GeoJSON position is [longitude, latitude] within range. */
function jiha_widgets_is_position( $value ) {
	return is_array( $value ) && count( $value ) >= 2
		&& ( is_int( $value[0] ) || is_float( $value[0] ) ) && $value[0] >= -180 && $value[0] <= 180
		&& ( is_int( $value[1] ) || is_float( $value[1] ) ) && $value[1] >= -90 && $value[1] <= 90;
}

/** Whether a GeoJSON geometry is a Point, Polygon or MultiPolygon the map can draw. */
function jiha_widgets_is_geometry( $geometry ) {
	if ( ! is_object( $geometry ) || ! isset( $geometry->type ) ) {
		return false;
	}
	$coordinates = isset( $geometry->coordinates ) ? $geometry->coordinates : null;
	$polygon     = function ( $rings ) {
		if ( ! is_array( $rings ) || array() === $rings ) {
			return false;
		}
		foreach ( $rings as $ring ) {
			if ( ! is_array( $ring ) || count( $ring ) < 4 || count( array_filter( $ring, 'jiha_widgets_is_position' ) ) !== count( $ring ) ) {
				return false;
			}
		}
		return true;
	};
	if ( 'Point' === $geometry->type ) {
		return jiha_widgets_is_position( $coordinates );
	}
	if ( 'Polygon' === $geometry->type ) {
		return $polygon( $coordinates );
	}
	return 'MultiPolygon' === $geometry->type && is_array( $coordinates ) && array() !== $coordinates
		&& count( array_filter( $coordinates, $polygon ) ) === count( $coordinates );
}

/** An id as the map reads it: a text or a number; '' when absent; null when it is neither. */
function jiha_widgets_place_id( $value ) {
	if ( null === $value || '' === $value ) {
		return '';
	}
	if ( is_string( $value ) ) {
		return $value;
	}
	return is_int( $value ) || ( is_float( $value ) && is_finite( $value ) ) ? (string) $value : null;
}

/** A text field as the map reads it (src/data/fields.ts, readText): null when absent, false when not a text. */
function jiha_widgets_place_text( $value ) {
	if ( null === $value || '' === $value ) {
		return null;
	}
	if ( is_string( $value ) || is_int( $value ) || ( is_float( $value ) && is_finite( $value ) ) ) {
		return is_string( $value ) ? $value : (string) $value;
	}
	if ( is_object( $value ) ) {
		$texts = array_filter( get_object_vars( $value ), 'is_string' );
		return array() !== $texts ? $texts : false;
	}
	return false;
}

/** One GeoJSON feature as a place, or null when the map would refuse it. */
function jiha_widgets_read_place( $feature, $index ) {
	if ( ! is_object( $feature ) || ! isset( $feature->type ) || 'Feature' !== $feature->type ) {
		return null;
	}
	$properties = isset( $feature->properties ) ? $feature->properties : new stdClass();
	if ( ! is_object( $properties ) || ! jiha_widgets_is_geometry( isset( $feature->geometry ) ? $feature->geometry : null ) ) {
		return null;
	}
	$property = function ( $name ) use ( $properties ) {
		return isset( $properties->$name ) ? $properties->$name : null;
	};
	$id       = jiha_widgets_place_id( null !== $property( 'id' ) ? $property( 'id' ) : ( isset( $feature->id ) ? $feature->id : null ) );
	$parent   = jiha_widgets_place_id( $property( 'geopark' ) );
	$name     = jiha_widgets_place_text( $property( 'name' ) );
	if ( null === $name ) {
		$name = array();
		foreach ( get_object_vars( $properties ) as $key => $value ) {
			if ( preg_match( '/^name_([a-z]{2,3})$/', $key, $match ) && is_string( $value ) && '' !== $value ) {
				$name[ $match[1] ] = $value;
			}
		}
		$name = array() !== $name ? $name : null;
	}
	$status = jiha_widgets_place_status( $property( 'status' ), $property( 'kind' ) );
	$region = $property( 'region' );
	$region = null !== $region ? $region : $property( 'region_iso' );
	$url    = $property( 'url' );
	$url    = null !== $url ? $url : $property( 'website' );
	if ( null === $id || null === $parent || null === $name || false === $name || null === $status || ( null !== $url && ! is_string( $url ) ) ) {
		return null;
	}
	return array(
		'id'     => '' !== $id ? $id : 'feature-' . ( $index + 1 ),
		'parent' => $parent,
		'name'   => $name,
		'status' => $status,
		'region' => jiha_widgets_place_region( is_string( $region ) || is_object( $region ) ? $region : null ),
		'url'    => is_string( $url ) ? $url : '',
	);
}

/**
 * The places the map draws, as it reads them: every feature of a GeoJSON
 * FeatureCollection (none when one is refused: the map shows an error), or
 * the CSV rows it can read (a bad row is left out). Null when there are none.
 */
function jiha_widgets_map_places( array $data ) {
	$places = array();
	if ( 'json' === $data['format'] ) {
		$value = $data['value'];
		if ( ! is_object( $value ) || ! isset( $value->type ) ) {
			return null;
		}
		$features = 'Feature' === $value->type ? array( $value ) : ( 'FeatureCollection' === $value->type && isset( $value->features ) && is_array( $value->features ) ? $value->features : null );
		if ( null === $features ) {
			return null;
		}
		foreach ( $features as $index => $feature ) {
			$place = jiha_widgets_read_place( $feature, $index );
			if ( null === $place || isset( $places[ $place['id'] ] ) ) {
				return null;
			}
			$places[ $place['id'] ] = $place;
		}
		return array_values( $places );
	}
	if ( 'csv' === $data['format'] ) {
		foreach ( $data['rows'] as $index => $row ) {
			$cell = function ( $name ) use ( $row ) {
				return isset( $row[ $name ] ) ? $row[ $name ] : '';
			};
			$lat  = str_replace( ',', '.', $cell( 'lat' ) );
			$lng  = str_replace( ',', '.', $cell( 'lng' ) );
			if ( ! is_numeric( $lat ) || ! is_numeric( $lng ) ) {
				continue;
			}
			$name = array();
			foreach ( $row as $column => $text ) {
				if ( preg_match( '/^name[_-]([a-z]{2,3}(?:-[a-z0-9]+)?)$/', $column, $match ) && '' !== $text ) {
					$name[ $match[1] ] = $text;
				}
			}
			$feature = (object) array(
				'type'       => 'Feature',
				'geometry'   => (object) array(
					'type'        => 'Point',
					'coordinates' => array( (float) $lng, (float) $lat ),
				),
				'properties' => (object) array(
					'id'     => '' !== $cell( 'id' ) ? $cell( 'id' ) : 'row-' . ( $index + 2 ),
					'name'   => array() !== $name ? (object) $name : $cell( 'name' ),
					'status' => isset( $row['status'] ) ? $row['status'] : null,
					'region' => $cell( 'region' ),
					'url'    => $cell( 'url' ),
				),
			);
			$place   = jiha_widgets_read_place( $feature, 0 );
			if ( null !== $place && ! isset( $places[ $place['id'] ] ) ) {
				$places[ $place['id'] ] = $place;
			}
		}
		return array() !== $places ? array_values( $places ) : null;
	}
	return null;
}

/** A place's line (src/fallback/geopark-map.ts): its name (a link where it has one), status and, with $with_region, region. */
function jiha_widgets_map_place_line( array $place, $language, $with_region ) {
	$name  = jiha_widgets_pick_localized( $place['name'], $language );
	$name  = null !== $name ? $name : array(
		'text' => $place['id'],
		'lang' => null,
	);
	$href  = jiha_widgets_esc_url( $place['url'] );
	$named = jiha_widgets_lang_span( $name, '' !== $href ? '<a href="' . $href . '">' . jiha_widgets_esc_data( $name['text'] ) . '</a>' : null );
	$parts = array( $named, esc_html( jiha_widgets_place_status_words( $place['status'] ) ) );
	if ( $with_region && null !== $place['region'] ) {
		$region = jiha_widgets_pick_localized( $place['region'], $language );
		if ( null !== $region ) {
			$parts[] = jiha_widgets_lang_span( $region );
		}
	}
	return implode( ' – ', $parts );
}

/** The places as the map's list shows them: each once, sites under their geopark, sites of no geopark under their region. */
function jiha_widgets_map_list( array $places, $language ) {
	$by_id = array();
	foreach ( $places as $place ) {
		$by_id[ $place['id'] ] = $place;
	}
	$entries      = array();
	$under_place  = array();
	$region_entry = array();
	foreach ( $places as $place ) {
		$parent = '' !== $place['parent'] && isset( $by_id[ $place['parent'] ] ) ? $by_id[ $place['parent'] ] : null;
		if ( 'site' === $place['status'] && null !== $parent && 'site' !== $parent['status'] ) {
			$under_place[ $parent['id'] ][] = $place;
		} elseif ( 'site' === $place['status'] && null !== $place['region'] ) {
			$key = wp_json_encode( $place['region'] );
			if ( isset( $region_entry[ $key ] ) ) {
				$entries[ $region_entry[ $key ] ]['sites'][] = $place;
			} else {
				$region_entry[ $key ] = count( $entries );
				$entries[]            = array(
					'region' => $place['region'],
					'sites'  => array( $place ),
				);
			}
		} else {
			$entries[] = array(
				'place' => $place,
				'sites' => array(),
			);
		}
	}
	$items = '';
	foreach ( $entries as $entry ) {
		if ( isset( $entry['place'] ) ) {
			$head  = jiha_widgets_map_place_line( $entry['place'], $language, true );
			$sites = isset( $under_place[ $entry['place']['id'] ] ) ? $under_place[ $entry['place']['id'] ] : array();
		} else {
			$region = jiha_widgets_pick_localized( $entry['region'], $language );
			$head   = null !== $region ? jiha_widgets_lang_span( $region ) : '';
			$sites  = $entry['sites'];
		}
		$list = '';
		foreach ( $sites as $site ) {
			$list .= '<li>' . jiha_widgets_map_place_line( $site, $language, false ) . '</li>';
		}
		$items .= '<li>' . $head . ( '' !== $list ? '<ul>' . $list . '</ul>' : '' ) . '</li>';
	}
	return '<ul>' . $items . '</ul>';
}

function jiha_widgets_render_geopark_map( array $attributes, $content = '', $wrapper = '' ) {
	$language = jiha_widgets_ui_language( $attributes['lang'] );
	$data     = jiha_widgets_read_inline_data( $content );
	$places   = 'none' === $data['format'] && ! isset( $attributes['src'] ) ? jiha_widgets_default_places() : jiha_widgets_map_places( $data );
	$fallback = null !== $places ? jiha_widgets_map_list( $places, $language ) : '';
	return jiha_widgets_open_tag( 'geopark-map', $attributes, $wrapper ) . jiha_widgets_data_script( $data ) . $fallback . jiha_widgets_close_tag( 'geopark-map' );
}
