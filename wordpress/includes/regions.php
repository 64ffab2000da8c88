<?php
/**
 * Morocco's 12 regions (2015 division) by id and ISO 3166-2 code, with their
 * names in the four languages: the same table as the library's
 * src/components/geopark-map/regions/regions.ts, for the map's fallback list.
 *
 * @package JihaWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function jiha_widgets_regions() {
	return array(
		'tanger-tetouan-al-hoceima' => array( 'iso' => 'MA-01', 'fr' => 'Tanger-Tétouan-Al Hoceïma', 'en' => 'Tanger-Tétouan-Al Hoceïma', 'ar' => 'طنجة تطوان الحسيمة', 'zgh' => 'ⵟⴰⵏⵊ-ⵟⵉⵜⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ' ),
		'oriental' => array( 'iso' => 'MA-02', 'fr' => 'L\'Oriental', 'en' => 'Oriental', 'ar' => 'الشرق', 'zgh' => 'ⵜⴰⵏⴳⵎⵓⴹⵜ' ),
		'fes-meknes' => array( 'iso' => 'MA-03', 'fr' => 'Fès-Meknès', 'en' => 'Fès-Meknès', 'ar' => 'فاس مكناس', 'zgh' => 'ⴼⴰⵙ-ⵎⴽⵏⴰⵙ' ),
		'rabat-sale-kenitra' => array( 'iso' => 'MA-04', 'fr' => 'Rabat-Salé-Kénitra', 'en' => 'Rabat-Salé-Kénitra', 'ar' => 'الرباط سلا القنيطرة', 'zgh' => 'ⵔⴱⴰⵟ-ⵙⵍⴰ-ⵇⵏⵉⵟⵔⴰ' ),
		'beni-mellal-khenifra' => array( 'iso' => 'MA-05', 'fr' => 'Béni Mellal-Khénifra', 'en' => 'Béni Mellal-Khénifra', 'ar' => 'بني ملال خنيفرة', 'zgh' => 'ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵕⴰ' ),
		'casablanca-settat' => array( 'iso' => 'MA-06', 'fr' => 'Casablanca-Settat', 'en' => 'Casablanca-Settat', 'ar' => 'الدار البيضاء سطات', 'zgh' => 'ⵜⵉⴳⵎⵉ ⵜⵓⵎⵍⵉⵍⵜ-ⵙⵟⵟⴰⵜ' ),
		'marrakech-safi' => array( 'iso' => 'MA-07', 'fr' => 'Marrakech-Safi', 'en' => 'Marrakech-Safi', 'ar' => 'مراكش آسفي', 'zgh' => 'ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ' ),
		'draa-tafilalet' => array( 'iso' => 'MA-08', 'fr' => 'Drâa-Tafilalet', 'en' => 'Drâa-Tafilalet', 'ar' => 'درعة تافيلالت', 'zgh' => 'ⴷⴰⵔⵄⴰ-ⵜⴰⴼⵉⵍⴰⵍⵜ' ),
		'souss-massa' => array( 'iso' => 'MA-09', 'fr' => 'Souss-Massa', 'en' => 'Souss-Massa', 'ar' => 'سوس ماسة', 'zgh' => 'ⵙⵓⵙⵙ-ⵎⴰⵙⵙⴰ' ),
		'guelmim-oued-noun' => array( 'iso' => 'MA-10', 'fr' => 'Guelmim-Oued Noun', 'en' => 'Guelmim-Oued Noun', 'ar' => 'كلميم واد نون', 'zgh' => 'ⵜⴰⵙⴳⴰ-ⵡⴰⴷ ⵏⵓⵏ' ),
		'laayoune-sakia-el-hamra' => array( 'iso' => 'MA-11', 'fr' => 'Laâyoune-Sakia El Hamra', 'en' => 'Laâyoune-Sakia El Hamra', 'ar' => 'العيون الساقية الحمراء', 'zgh' => 'ⵍⵄⵢⵓⵏ-ⵙⴰⵇⵢⴰ ⵍⵃⴰⵎⵔⴰ' ),
		'dakhla-oued-ed-dahab' => array( 'iso' => 'MA-12', 'fr' => 'Dakhla-Oued Ed-Dahab', 'en' => 'Dakhla-Oued Ed-Dahab', 'ar' => 'الداخلة وادي الذهب', 'zgh' => 'ⴷⴰⵅⵍⴰ-ⵡⴰⴷ ⴷⴰⵀⴰⴱ' ),
	);
}

/** A region's name in the language, from its id or ISO code; the value itself when unknown. */
function jiha_widgets_region_name( $key, $language ) {
	$wanted = strtolower( trim( (string) $key ) );
	foreach ( jiha_widgets_regions() as $id => $region ) {
		if ( $id === $wanted || strtolower( $region['iso'] ) === $wanted ) {
			return jiha_widgets_pick_text( array_diff_key( $region, array( 'iso' => true ) ), $language );
		}
	}
	return (string) $key;
}
