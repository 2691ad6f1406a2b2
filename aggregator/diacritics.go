package aggregator

import "unicode"

// Folding removes a nonspacing mark (general category Mn) only when it is
// a diacritic: a mark readers of its script treat as optional on the
// letter it sits on. Which marks those are is decided by the mark's own
// code point, whatever letter precedes it, so that a keyword and a text
// fold alike in any context and folding stays a rune-by-rune table for
// most text (foldfast.go). The list, in the README's words:
//
//   - the combining diacritical marks of Latin, Greek, Cyrillic, Armenian
//     and Georgian text (accents, cedilla, ogonek, breve, tonos,
//     dialytika…): U+0300–036F and their extensions U+1AB0–1AFF,
//     U+1DC0–1DFF, U+20D0–20FF, U+FE20–FE2F;
//   - Cyrillic combining marks (titlo and the Church Slavonic letters
//     written above): U+0483–0487, U+2DE0–2DFF, U+A66F–A67D, U+A69E–A69F;
//   - Hebrew niqqud and cantillation: U+0591–05C7, U+FB1E;
//   - Arabic harakat (tanwin, fatha, damma, kasra, shadda, sukun), hamza
//     and madda written above or below a letter, the superscript alef and
//     the Quranic marks: U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED,
//     U+0898–089F, U+08CA–08FF;
//   - Syriac vowel points: U+0711, U+0730–074A;
//   - variation selectors, which only choose a glyph: U+180B–180F,
//     U+FE00–FE0F, U+E0100–E01EF.
//
// Every other mark is part of its letter and stays: Japanese voicing marks,
// Indic viramas, nuktas and vowel signs, Thai, Lao, Khmer and Myanmar
// vowel and tone marks, and the rest.
var diacriticBlocks = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x0300, Hi: 0x036F, Stride: 1},
		{Lo: 0x0483, Hi: 0x0487, Stride: 1},
		{Lo: 0x0591, Hi: 0x05C7, Stride: 1},
		{Lo: 0x0610, Hi: 0x061A, Stride: 1},
		{Lo: 0x064B, Hi: 0x065F, Stride: 1},
		{Lo: 0x0670, Hi: 0x0670, Stride: 1},
		{Lo: 0x06D6, Hi: 0x06ED, Stride: 1},
		{Lo: 0x0711, Hi: 0x0711, Stride: 1},
		{Lo: 0x0730, Hi: 0x074A, Stride: 1},
		{Lo: 0x0898, Hi: 0x089F, Stride: 1},
		{Lo: 0x08CA, Hi: 0x08FF, Stride: 1},
		{Lo: 0x180B, Hi: 0x180F, Stride: 1},
		{Lo: 0x1AB0, Hi: 0x1AFF, Stride: 1},
		{Lo: 0x1DC0, Hi: 0x1DFF, Stride: 1},
		{Lo: 0x20D0, Hi: 0x20FF, Stride: 1},
		{Lo: 0x2DE0, Hi: 0x2DFF, Stride: 1},
		{Lo: 0xA66F, Hi: 0xA67D, Stride: 1},
		{Lo: 0xA69E, Hi: 0xA69F, Stride: 1},
		{Lo: 0xFB1E, Hi: 0xFB1E, Stride: 1},
		{Lo: 0xFE00, Hi: 0xFE0F, Stride: 1},
		{Lo: 0xFE20, Hi: 0xFE2F, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0xE0100, Hi: 0xE01EF, Stride: 1},
	},
}

// diacritic reports whether folding removes r: a nonspacing mark in one
// of diacriticBlocks. Enclosing and spacing marks always stay.
func diacritic(r rune) bool {
	if r < 0x300 { // no mark comes before U+0300
		return false
	}
	return unicode.Is(diacriticBlocks, r) && unicode.Is(unicode.Mn, r)
}

func dropDiacritics(r rune) rune {
	if diacritic(r) {
		return -1
	}
	return r
}
