package configedit

import (
	"regexp"
	"testing"
)

var namePattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"BBC News - World", "bbc-news-world"},
		{"  Le Monde.fr : Actualités à la Une  ", "le-monde-fr-actualites-a-la-une"},
		{"DR Nyheder — Udland", "dr-nyheder-udland"},
		{"Ærø Dagblad på dansk", "aero-dagblad-pa-dansk"},
		{"Süddeutsche Zeitung: Straße", "suddeutsche-zeitung-strasse"},
		{"ÉCOLE ÇA ÑANDÚ", "ecole-ca-nandu"},
		{"Łódź Gazeta Wyborcza", "lodz-gazeta-wyborcza"},
		{"Qarabağ Xankəndi İstanbul", "qarabag-xankendi-istanbul"},
		{"Œuvres d'Þór", "oeuvres-d-thor"},
		{"Ĳssel Ţara Știri", "ijssel-tara-stiri"},
		{"Новости BBC", "novosti-bbc"},
		{"BBC Русская служба", "bbc-russkaia-sluzhba"},
		{"ВВС News Русская", "vvs-news-russkaia"},
		{"Медуза — Новости", "meduza-novosti"},
		{"Українська правда", "ukrayinska-pravda"},
		{"日本経済新聞", "ri-ben-jing-ji-xin-wen"},
		{"日本経済新聞 Nikkei 225", "ri-ben-jing-ji-xin-wen-nikkei-225"},
		{"中央社", "zhong-yang-she"},
		{"Η Καθημερινή", "i-kathimerini"},
		{"Ελευθεροτυπία", "eleftherotypia"},
		{"Ναυτεμπορική", "naftemporiki"},
		{"Ψυχή και Ευαγγελία", "psychi-kai-evangelia"},
		{"ΤΑ ΝΕΑ", "ta-nea"},
		{"Ազատություն", "azatutyun"},
		{"Հայաստանի Հանրապետություն", "hayastani-hanrapetutyun"},
		{"Երևան", "yerevan"},
		{"Ուրախ Ոսկե", "urakh-voske"},
		{"ნეტგაზეთი", "netgazeti"},
		{"الجزيرة نت", "aljzyra-nt"},
		{"بي بي سي عربي", "by-by-sy-rby"},
		{"قره\u200cباغ", "qrhbagh"},
		{"הארץ", "hrts"},
		{"ニュース", "nyusu"},
		{"東京新聞 トップ", "dong-jing-xin-wen-toppu"},
		{"マッチ・ファイル", "matchi-fairu"},
		{"きゃりーぱみゅぱみゅ", "kyaripamyupamyu"},
		{"しんぶん", "shinbun"},
		{"연합뉴스", "yeonhabnyuseu"},
		{"गूगल समाचार", "guugl-smaacaar"},
		{"Nach\u00adrichten", "nachrichten"},
		{"café_bar__2024!!", "cafe-bar-2024"},
		{"a---b", "a-b"},
		{"C++ & Go", "c-go"},
		{"Новости", "novosti"},
		{"ッー", ""},
		{"Ⅻ ½", ""},
		{"!!!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			got := Slug(tt.title)
			if got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.title, got, tt.want)
			}
			if got != "" && !namePattern.MatchString(got) {
				t.Errorf("Slug(%q) = %q is not a source name", tt.title, got)
			}
		})
	}
}

func FuzzSlug(f *testing.F) {
	f.Add("Ærø – News")
	f.Add("Ναυτεμπορική マッチ Երևան قره\u200cباغ 日本")
	f.Fuzz(func(t *testing.T, title string) {
		if got := Slug(title); got != "" && !namePattern.MatchString(got) {
			t.Errorf("Slug(%q) = %q is not a source name", title, got)
		}
	})
}

func TestUniqueName(t *testing.T) {
	tests := []struct {
		name  string
		base  string
		taken []string
		want  string
	}{
		{"free", "bbc", []string{"dr"}, "bbc"},
		{"taken", "bbc", []string{"bbc"}, "bbc-2"},
		{"several taken", "bbc", []string{"bbc", "bbc-2", "bbc-3"}, "bbc-4"},
		{"gap", "bbc", []string{"bbc", "bbc-3"}, "bbc-2"},
		{"base ends in a number", "bbc-2", []string{"bbc-2"}, "bbc-2-2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := map[string]bool{}
			for _, n := range tt.taken {
				set[n] = true
			}
			if got := UniqueName(tt.base, func(n string) bool { return set[n] }); got != tt.want {
				t.Errorf("UniqueName(%q) = %q, want %q", tt.base, got, tt.want)
			}
		})
	}
}
