package aggregator

import (
	"fmt"
	"testing"
	"time"
)

// TestOwnReportsDisagreeOnNumbers: two items of one source within hours
// whose titles each have figures the other lacks report two events, even
// written differently (an outlet does not copy itself): two quakes off
// two counties, each report naming both counties' shaking. The source's
// own rewrite that keeps the figure, and its tagged update that revises
// it, are its report; so is its next report of one fire, with other
// figures, whose titles name no two places. On tuning16.json, one
// paper's Yilan quake had joined its Hualien quake's story through its
// own less specific report.
func TestOwnReportsDisagreeOnNumbers(t *testing.T) {
	for seed := range uint64(3) {
		story := fileEvalCorpus(loadEvalCorpus(t, "tuning16.json"), seed)
		for _, pair := range [][2]string{{"t16/078", "t16/107"}} {
			if story[pair[0]] == "" || story[pair[0]] == story[pair[1]] {
				t.Errorf("seed %d: %s and %s are one story, %q", seed, pair[0], pair[1], story[pair[0]])
			}
		}
	}
	p := storyPrinter(time.Date(2027, 1, 5, 2, 0, 0, 0, time.UTC))
	report := p("zh-TW", "花蓮近海規模5.8地震 北迴線列車一度停駛",
		"中央氣象署指出，今天上午10時32分花蓮縣近海發生芮氏規模5.8地震，震源深度18.6公里，花蓮縣最大震度5弱，宜蘭縣4級。目前暫無傷亡通報。", 0, "donghai")
	checkSameStory(t, report, []storyCase{
		{"the source's report of another quake", p("zh-TW", "宜蘭外海規模5.1地震 最大震度4級",
			"中央氣象署表示，今天下午4時08分宜蘭縣近海發生芮氏規模5.1地震，震源深度42.3公里，宜蘭縣最大震度4級，花蓮縣3級。目前暫無傷亡通報。", 5*time.Hour, "donghai"), false},
		{"another source's report of it", p("zh-TW", "宜蘭外海規模5.1地震 最大震度4級",
			"中央氣象署表示，今天下午4時08分宜蘭縣近海發生芮氏規模5.1地震，震源深度42.3公里，宜蘭縣最大震度4級，花蓮縣3級。目前暫無傷亡通報。", 5*time.Hour, "taiwan-daily"), false},
		{"the source's rewrite", p("zh-TW", "花蓮規模5.8地震 北迴線列車檢查後恢復行駛",
			"中央氣象署指出，上午10時32分花蓮縣近海規模5.8地震後，台鐵北迴線列車檢查完畢恢復行駛，目前暫無傷亡通報。", 3*time.Hour, "donghai"), true},
		{"the source's update", p("zh-TW", "更新：花蓮地震規模修正為5.6 列車恢復行駛",
			"中央氣象署將上午10時32分花蓮縣近海地震規模修正為5.6，花蓮縣最大震度5弱，宜蘭縣4級，北迴線列車已恢復行駛。", 3*time.Hour, "donghai"), true},
	})
	// in a window of 150 other items, where "Dagenham" is rare
	fire := p("en", "100 firefighters tackle Dagenham tower block fire",
		"One hundred firefighters were tackling a fire at a tower block in Dagenham, east London, the fire brigade said.", 0, "eastlondonpost")
	next := p("en", "Dagenham: 225 residents evacuated, two in hospital",
		"Residents of the Dagenham tower block were evacuated as firefighters tackled the fire; two were taken to hospital.", 3*time.Hour, "eastlondonpost")
	s := newWordStats()
	for i := range 150 {
		filler := p("en", fmt.Sprintf("Council item %d approved", i), fmt.Sprintf("Councillors approved item %d on Monday.", i), 0, fmt.Sprintf("paper%d", i%9))
		s.count(&filler, 1, nil)
	}
	s.count(&fire, 1, nil)
	s.count(&next, 1, nil)
	if l := s.measure(&fire, &next); !l.same(StoryOptions{}.withDefaults()) {
		t.Errorf("the source's next report of the fire: %.2f similar, conflict %q; want one story", l.similarity, l.conflict)
	}
}
