package aggregator

// Faults a third review found in 5dfebab, the mends of review20b_test.go:
// a name of prefixLanguages is looked up by nameWord.key(), its whole
// form or, when it ends in caseVowels, that form without them ("bare"),
// among the other item's words read whole and bare (storyWords.lookup).
// Each test fails on 5dfebab and passes after the mends.

import (
	"testing"
)

// TestReview20cBareNameIsAWord: a name's bare key is the whole hash of
// any word spelled as the name without its last vowels, and caseVowels
// holds "y", a consonant in Turkish, Azerbaijani and Hungarian.
func TestReview20cBareNameIsAWord(t *testing.T) {
	review20Verdicts(t, []review20bRow{
		{"Gəncə, Sumqayıt; gənc (young)", "az",
			"Gəncə: anbarda yanğın, bir nəfər xəsarət aldı", "Gəncə şəhərində anbarda baş verən yanğın nəticəsində bir nəfər xəsarət aldı, yanğın söndürüldü.",
			"Sumqayıt: anbarda yanğın, bir nəfər xəsarət aldı", "Sumqayıt şəhərində anbarda baş verən yanğın nəticəsində 25 yaşlı gənc xəsarət aldı, yanğın söndürüldü."},
		{"Hatay, Malatya; hata (error)", "tr",
			"Hatay: fabrikada yangın, işçiler tahliye edildi", "Hatay merkezde bir fabrikada sabah saatlerinde yangın çıktı, işçiler tahliye edildi, itfaiye ekipleri yangını söndürdü.",
			"Malatya: fabrikada yangın, işçiler tahliye edildi", "Malatya merkezde bir fabrikada sabah saatlerinde elektrik tesisatındaki bir hata nedeniyle yangın çıktı, işçiler tahliye edildi."},
		{"Bari, Bar (two ports)", "sr",
			"Požar na trajektu u luci Bari", "Na trajektu u luci Bari u utorak ujutru izbio je požar, vatrogasci su ga ugasili za dva sata, povređenih nema.",
			"Požar na trajektu u luci Bar", "Na trajektu u luci Bar u utorak ujutru izbio je požar, vatrogasci su ga ugasili za dva sata, povređenih nema."},
		{"Kemin, Kemiön", "fi",
			"Kemin terveyskeskus suljetaan kesäksi", "Kemin terveyskeskus suljetaan kesäkuun alusta elokuun loppuun, koska lääkäreitä ei ole tarpeeksi.",
			"Kemiön terveyskeskus suljetaan kesäksi", "Kemiön terveyskeskus suljetaan kesäkuun alusta elokuun loppuun, koska lääkäreitä ei ole tarpeeksi."},
	}, false)
}

// TestReview20cBareCountsBytes: read's bare form must keep three letters
// (len(bare) >= 3), but counts bytes: Azerbaijani "Əli" (Ali) is bared
// to "əl", two letters of three bytes, the whole word "əl" (hand), so
// the name Əli is found in any text that has "əl".
func TestReview20cBareCountsBytes(t *testing.T) {
	r := newWordReader("az", 4, 4)
	r.seed = hashSeed("az")
	name, _ := r.read("Əli")
	hand, _ := r.read("əl")
	if name.bare != 0 && name.bare == hand.whole {
		t.Errorf("\"Əli\" is looked up as \"əl\", two letters (bare %08x)", name.bare)
	}
}
