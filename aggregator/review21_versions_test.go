package aggregator

import (
	"strings"
	"testing"
)

// A version's number with a leading zero is the same version: "(01보)"
// is a first flash as "(1보)" is, and "(0보)" or "(00보)" is no version
// past the first; versionMark compares the digits as a string with "1"
// and reads all of them as updates.
func TestReview21VersionMarkLeadingZeros(t *testing.T) {
	checkWireTags(t, []wireTagRow{
		{"울산항 하역노조 파업 돌입(01보)", "울산항 하역노조 파업 돌입", false},
		{"울산항 하역노조 파업 돌입(0보)", "울산항 하역노조 파업 돌입", false},
		{"울산항 하역노조 파업 돌입(00보)", "울산항 하역노조 파업 돌입", false},
	})
}

// Full-width brackets were read ("（종합）"), but not the full-width
// digits that come with them in such titles, nor a mark closed by the
// other width's bracket: the mark stayed in the title as words and a
// number, as before 304e47e.
func TestReview21VersionMarkFullWidthDigits(t *testing.T) {
	const rest = "울산항 파업 사흘째…선박 14척 대기"
	checkWireTags(t, []wireTagRow{
		{rest + "（１보）", rest, false},
		{rest + "（종합２보）", rest, true},
		{rest + "(종합２보)", rest, true},
		{rest + "（종합)", rest, true},
	})
}

// A bracket group after a title longer than a mark is left alone, and
// reading it costs no more than a mark's length: an 8 MB title ending
// in a bracket of spaces took 84 ms a call.
func TestReview21VersionMarkLongBracket(t *testing.T) {
	title := "울산항 파업(" + strings.Repeat(" ", 1<<20) + "종합)"
	if rest, update := wireTags(title); rest != title || update {
		t.Errorf("a title ending in a bracket of 1 MB: stripped to %d bytes, update %v", len(rest), update)
	}
}
