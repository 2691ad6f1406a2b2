package aggregator

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Numbers as story grouping reads them: written one way whatever the
// writing ("3,500", "3.500" and "3 500" are 3500; "5,1" is 5.1), and
// whatever the digits: "١٢٫١" and "۱۲٫۱" (Arabic and Persian, with the
// Arabic decimal separator) and "１２.１" are 12.1.

// numberEnd is where the number starting at i ends: digits, with '.' or
// ',' between digits, and groups of three digits after a space. The
// digits of other scripts ("١٢", "१२", "１２") are digits too: a number
// starting with one of them is never empty.
func numberEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case c >= utf8.RuneSelf && isDigitAt(s, i):
			_, n := decodeRune(s, i)
			i += n
		case (c == '.' || c == ',') && digitStarts(s, i+1):
			i++
		case (strings.HasPrefix(s[i:], arabicDecimal) || strings.HasPrefix(s[i:], arabicThousands)) && digitStarts(s, i+2):
			i += 2
		case (strings.HasPrefix(s[i:], wideDecimal) || strings.HasPrefix(s[i:], wideThousands)) && digitStarts(s, i+3):
			i += 3
		case c == ' ' && threeDigits(s, i+1):
			i++
		case strings.HasPrefix(s[i:], "\u00a0") && threeDigits(s, i+2), strings.HasPrefix(s[i:], "\u202f") && threeDigits(s, i+3):
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		default:
			return i
		}
	}
	return i
}

// The separators of Arabic script's numbers, each two bytes, and the
// full-width point and comma of Chinese and Japanese, three.
const (
	arabicDecimal   = "\u066b"
	arabicThousands = "\u066c"
	wideDecimal     = "\uff0e"
	wideThousands   = "\uff0c"
)

// digitStarts reports whether a digit, of any script, starts at i in s.
func digitStarts(s string, i int) bool {
	return i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] >= utf8.RuneSelf && isDigitAt(s, i))
}

// isDigitAt reports whether the rune at i is a digit.
func isDigitAt(s string, i int) bool {
	r, _ := decodeRune(s, i)
	return classOf(r)&classDigit != 0
}

// threeDigits reports whether s has exactly three digits, of any
// script, at i.
func threeDigits(s string, i int) bool {
	for range 3 {
		if !digitStarts(s, i) {
			return false
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, n := decodeRune(s, i)
			i += n
		}
	}
	return !digitStarts(s, i)
}

// normNumber writes a number one way: without thousands separators
// ("3,500", "3.500", "3 500": 3500), with a decimal point ("5,1": 5.1)
// and without a decimal part's trailing zeros ("2,50" is 2.5, "12.0%" is
// 12 per cent), but for one digit's: "5.0" is a magnitude, a rate, a
// version, where a lone 5 may be a count of anything (distinctive).
func normNumber(n string) string {
	for i := 0; i < len(n); i++ {
		if n[i] >= utf8.RuneSelf {
			n = asciiNumber(n)
			break
		}
	}
	if strings.ContainsAny(n, " \u00a0\u202f") {
		n = numberSpaces.Replace(n)
	}
	if groups(n, ',') || lakhs(n) {
		n = strings.ReplaceAll(n, ",", "")
	} else if groups(n, '.') {
		n = strings.ReplaceAll(strings.ReplaceAll(n, ".", ""), ",", ".")
	}
	n = strings.ReplaceAll(n, ",", ".")
	if strings.Count(n, ".") == 1 { // a date such as 10.10.2020 keeps its zeros
		n = strings.TrimSuffix(strings.TrimRight(n, "0"), ".")
		if len(n) == 1 {
			n += ".0" // a magnitude or a rate, not a count (distinctive)
		}
	}
	return n
}

// sameNumber reports whether numbers m and n, normalized, are one: equal,
// or one digit written with and without its decimal zero ("5", "5.0").
func sameNumber(m, n string) bool {
	return m == n || len(m)+2 == len(n) && strings.HasSuffix(n, ".0") && n[:len(m)] == m ||
		len(n)+2 == len(m) && strings.HasSuffix(m, ".0") && m[:len(n)] == n
}

// numberSpaces are the spaces between a number's groups of digits.
var numberSpaces = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "")

// groups reports whether sep separates thousands in n: 1 to 3 digits,
// then groups of 3 after each sep, then perhaps a decimal part after the
// other separator.
func groups(n string, sep byte) bool {
	other := byte('.')
	if sep == '.' {
		other = ','
	}
	whole, _, _ := strings.Cut(n, string(other))
	parts := strings.Split(whole, string(sep))
	if len(parts) < 2 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// asciiNumber writes a number's digits of other scripts as ASCII digits,
// and the Arabic and full-width decimal and thousands separators as '.'
// and ','.
func asciiNumber(n string) string {
	var b strings.Builder
	b.Grow(len(n))
	for _, r := range n {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r == '\u066b', r == '\uff0e':
			b.WriteByte('.')
		case r == '\u066c', r == '\uff0c':
			b.WriteByte(',')
		default:
			if v, ok := digitValue(r); ok {
				b.WriteByte('0' + v)
			} else {
				b.WriteRune(r) // a space between groups
			}
		}
	}
	return b.String()
}

// digitValue is the value of a decimal digit of any script. Unicode
// encodes every script's digits as a run of ten, zero first, and the
// ranges of unicode.Digit are such runs laid end to end.
func digitValue(r rune) (byte, bool) {
	if !unicode.IsDigit(r) {
		return 0, false
	}
	for _, rg := range unicode.Digit.R16 {
		if r <= rune(rg.Hi) {
			return byte((r - rune(rg.Lo)) % 10), true
		}
	}
	for _, rg := range unicode.Digit.R32 {
		if r <= rune(rg.Hi) {
			return byte((r - rune(rg.Lo)) % 10), true
		}
	}
	return 0, false
}

// lakhs reports whether n is grouped as South Asia writes it, in
// thousands, then lakhs and crores: groups of two after a first of one
// or two digits, and the last of three ("1,20,000", "1,00,00,000").
func lakhs(n string) bool {
	whole, _, _ := strings.Cut(n, ".")
	parts := strings.Split(whole, ",")
	if len(parts) < 3 || len(parts[0]) > 2 || len(parts[len(parts)-1]) != 3 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if len(p) != 2 {
			return false
		}
	}
	return true
}

// followsDigit reports whether the word at i in s follows a digit, with
// nothing but spaces between: it is the unit of the number before it
// ("300 hectares", "286万元"), not a word after a mark ("3:2 – Kane").
func followsDigit(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == ' ' || r == '\u00a0' || r == '\u202f':
			i -= n
		default:
			return classOf(r)&classDigit != 0
		}
	}
	return false
}
