# -*- coding: utf-8 -*-
"""h16 part: Korean items.

Tuple: key, story, kind, source, when (MM-DDTHH:MM, UTC), section, slug, title, summary.
Korea Standard Time is UTC+9.
"""
HALF = "h16"
DAYS = ["2027-01-11", "2027-01-12", "2027-01-13"]

ITEMS = [
    # --- heavy-snow warnings (template) -------------------------------------------
    ("jb1", "jeonbuk-heavy-snow", "template", "hanbit-tongsin", "01-12T00:10", "weather", "jeonbuk-west-heavy-snow-warning",
     "전북 서부 대설경보 발효…13일까지 최대 25㎝ 눈",
     "기상청은 12일 오전 9시를 기해 군산·김제·부안·고창 등 전북 서부 지역에 대설경보를 발효했다. 13일까지 예상 적설량은 5∼15㎝, 많은 곳은 25㎝ 이상이다. 기상청은 교통안전과 시설물 관리에 유의해 달라고 당부했다."),
    ("jb2", "jeonbuk-heavy-snow", "copy", "saenal-ilbo", "01-12T00:40", "society", "jeonbuk-snow-warning-25cm",
     "전북 서부 대설경보…최대 25㎝ 이상 눈",
     "기상청은 12일 오전 9시를 기해 군산·김제·부안·고창 등 전북 서부에 대설경보를 발효했다. 13일까지 예상 적설량은 5∼15㎝, 많은 곳은 25㎝ 이상이다. 기상청은 교통안전과 시설물 관리에 유의해 달라고 당부했다."),
    ("jn1", "jeonnam-heavy-snow", "lookalike", "hanbit-tongsin", "01-12T01:30", "weather", "jeonnam-west-heavy-snow-warning",
     "전남 서부 대설경보 발효…13일까지 최대 25㎝ 눈",
     "기상청은 12일 오전 10시를 기해 영광·함평·무안·신안 등 전남 서부 지역에 대설경보를 발효했다. 13일까지 예상 적설량은 5∼15㎝, 많은 곳은 25㎝ 이상이다. 기상청은 교통안전과 시설물 관리에 유의해 달라고 당부했다."),
    ("jb3", "jeonbuk-heavy-snow", "rewrite", "baram-news", "01-12T02:30", "region", "west-coast-snow-ferries-halted",
     "서해안 눈폭탄…시간당 3㎝ 폭설에 섬 여객선 끊겨",
     "서해안 일대에 대설경보가 내려지면서 12일 오전부터 시간당 3㎝ 안팎의 강한 눈이 쏟아지고 있다. 군산과 부안 등에는 13일까지 최대 25㎝ 넘는 눈이 예상되며, 군산∼어청도 여객선 운항이 전면 통제됐다."),
    ("jb4", "jeonbuk-heavy-snow", "update", "hanbit-tongsin", "01-12T08:30", "weather", "jeonbuk-snow-warning-expanded-update",
     "[업데이트] 전북 대설경보 내륙까지 확대…예상 적설량 최대 40㎝",
     "기상청은 12일 오후 5시 전북 대설경보 지역을 전주·익산·정읍 등 내륙까지 확대하고 13일까지 예상 적설량을 최대 40㎝로 상향했다. 전북도는 비상 2단계를 가동하고 제설 장비 900여 대를 투입했다."),

    # --- won-dollar close (daily template) ----------------------------------------
    ("kw1", "krw-0111", "template", "gyeongje-nuri", "01-11T06:40", "markets", "won-dollar-close-0111",
     "원·달러 환율 4.7원 오른 1,391.5원 마감",
     "11일 서울 외환시장에서 원·달러 환율은 전 거래일보다 4.7원 오른 1,391.5원에 주간 거래를 마쳤다. 미국 고용지표가 예상보다 양호하게 나오면서 달러 강세가 이어져 원화 약세를 이끌었다."),
    ("kw2", "krw-0111", "copy", "hanbit-tongsin", "01-11T07:00", "economy", "won-weakens-us-jobs-data",
     "원·달러 환율, 4.7원 상승한 1,391.5원에 마감",
     "11일 서울 외환시장에서 원·달러 환율은 전 거래일 대비 4.7원 오른 1,391.5원에 주간 거래를 마감했다. 미국 고용지표가 예상보다 양호하게 나오며 달러 강세가 이어져 원화 약세를 이끌었다."),
    ("kwd2", "krw-0112", "lookalike", "gyeongje-nuri", "01-12T06:40", "markets", "won-dollar-close-0112",
     "원·달러 환율 2.3원 내린 1,389.2원 마감",
     "12일 서울 외환시장에서 원·달러 환율은 전 거래일보다 2.3원 내린 1,389.2원에 주간 거래를 마쳤다. 수출업체의 달러 매도 물량이 나오면서 원화가 소폭 강세를 보였다."),

    # --- Incheon factory fires ------------------------------------------------------
    ("nd1", "namdong-factory-fire", "original", "hanbit-tongsin", "01-11T02:30", "society", "incheon-namdong-chemical-plant-fire",
     "인천 남동산단 공장서 불…대응 1단계 발령",
     "11일 오전 10시 5분께 인천시 남동구 고잔동 남동국가산업단지 내 화학제품 공장에서 불이 나 소방당국이 대응 1단계를 발령했다. 공장 직원 20여 명이 대피했으며 인명 피해는 아직 확인되지 않았다. 소방당국은 장비 40여 대를 투입해 진화 중이다."),
    ("nd2", "namdong-factory-fire", "copy", "dongbu-maeil", "01-11T03:00", "metro", "namdong-industrial-complex-fire-level-1",
     "인천 남동산단 화학공장 화재…대응 1단계",
     "11일 오전 10시 5분께 인천 남동구 고잔동 남동국가산업단지 내 한 화학제품 공장에서 불이 나 소방당국이 대응 1단계를 발령했다. 직원 20여 명이 대피했고 인명 피해는 아직 확인되지 않았다. 소방당국은 장비 40여 대를 투입해 진화 중이다."),
    ("nd3", "namdong-factory-fire", "brief", "saenal-ilbo", "01-11T03:20", "briefs", "namdong-chemical-plant-fire-brief",
     "[단신] 인천 남동산단 화학공장 화재…직원 20여 명 대피",
     "11일 오전 10시 5분께 인천 남동구 남동국가산업단지 화학제품 공장에서 불이 나 직원 20여 명이 대피했다."),
    ("nd4", "namdong-factory-fire", "cut", "baram-news", "01-11T04:00", "society", "namdong-factory-fire-response-level-1",
     "인천 남동산단 공장 화재, 대응 1단계",
     ""),
    ("sg1", "seo-gu-factory-fire", "lookalike", "dongbu-maeil", "01-11T06:30", "metro", "incheon-seo-gu-plastics-plant-fire",
     "인천 서구 공장서 불…대응 1단계 발령",
     "11일 오후 2시 40분께 인천시 서구 오류동 검단일반산업단지 내 플라스틱 제조 공장에서 불이 나 소방당국이 대응 1단계를 발령했다. 공장 직원 10여 명이 대피했으며 인명 피해는 아직 확인되지 않았다. 소방당국은 장비 30여 대를 투입해 진화 중이다."),
    ("ndf", "namdong-fire-probe", "lookalike", "saenal-ilbo", "01-12T05:00", "society", "namdong-chemical-plant-fire-joint-inspection",
     "남동산단 화학공장 화재 합동감식…\"배합실 정전기 추정\"",
     "경찰과 소방, 국립과학수사연구원은 12일 전날 불이 난 인천 남동국가산업단지 화학제품 공장에서 합동 감식을 벌였다. 경찰은 원료 배합실에서 정전기로 불이 시작됐을 가능성을 염두에 두고 업체 관계자를 상대로 안전 관리 실태를 조사하고 있다."),

    # --- fine-dust alerts (template) ----------------------------------------------
    ("dg1", "daegu-pm-alert", "template", "hanbit-tongsin", "01-13T04:10", "environment", "daegu-ultrafine-dust-advisory",
     "대구 초미세먼지 주의보 발령",
     "대구시는 13일 오후 1시를 기해 대구 전역에 초미세먼지(PM-2.5) 주의보를 발령했다. 이날 낮 12시 기준 시간당 평균 농도는 81㎍/㎥다. 시는 어린이와 노약자 등은 실외 활동을 자제하고 외출 시 보건용 마스크를 착용해 달라고 당부했다."),
    ("dg2", "daegu-pm-alert", "copy", "baram-news", "01-13T04:40", "region", "daegu-pm25-advisory-issued",
     "대구 전역 초미세먼지 주의보…\"실외 활동 자제\"",
     "대구시는 13일 오후 1시를 기해 대구 전역에 초미세먼지(PM-2.5) 주의보를 내렸다. 낮 12시 기준 시간당 평균 농도는 81㎍/㎥다. 시는 어린이와 노약자는 실외 활동을 자제하고 외출할 때 보건용 마스크를 착용해 달라고 당부했다."),
    ("gm1", "gumi-pm-alert", "lookalike", "hanbit-tongsin", "01-13T05:30", "environment", "gumi-ultrafine-dust-advisory",
     "경북 구미 초미세먼지 주의보 발령",
     "경북도는 13일 오후 2시를 기해 구미시에 초미세먼지(PM-2.5) 주의보를 발령했다. 이날 오후 1시 기준 시간당 평균 농도는 88㎍/㎥다. 도는 어린이와 노약자 등은 실외 활동을 자제하고 외출 시 보건용 마스크를 착용해 달라고 당부했다."),

    # --- obituaries -----------------------------------------------------------------
    ("os1", "obit-singer-nam", "original", "saenal-ilbo", "01-12T01:00", "culture", "singer-nam-jeong-hui-dies-82",
     "'바다의 노래' 가수 남정희 별세…향년 82세",
     "1970년대 '바다의 노래'로 사랑받은 가수 남정희 씨가 11일 오후 서울의 한 병원에서 지병으로 별세했다. 향년 82세. 고인은 1968년 데뷔해 '등대지기의 밤' 등 히트곡을 남겼다. 빈소는 서울아산병원 장례식장, 발인은 14일 오전이다."),
    ("os2", "obit-singer-nam", "copy", "hanbit-tongsin", "01-12T01:30", "culture", "nam-jeong-hui-singer-obituary",
     "'바다의 노래' 부른 가수 남정희 별세…향년 82세",
     "1970년대 '바다의 노래'로 인기를 끈 가수 남정희 씨가 11일 오후 서울의 한 병원에서 지병으로 숨졌다. 향년 82세. 고인은 1968년 데뷔해 '등대지기의 밤' 등 히트곡을 남겼다. 빈소는 서울아산병원 장례식장이며 발인은 14일 오전이다."),
    ("ol1", "obit-singer-choi", "lookalike", "baram-news", "01-12T04:00", "culture", "singer-choi-yeong-suk-dies-79",
     "'들국화 언덕' 가수 최영숙 별세…향년 79세",
     "1970년대 '들국화 언덕'으로 사랑받은 가수 최영숙 씨가 12일 새벽 부산의 한 병원에서 지병으로 별세했다. 향년 79세. 고인은 1971년 데뷔해 '항구의 아침' 등 히트곡을 남겼다. 빈소는 부산 동아대병원 장례식장, 발인은 14일 오전이다."),

    # --- singles ------------------------------------------------------------------
    ("crane", "busan-newport-crane", "single", "gyeongje-nuri", "01-12T06:00", "industry", "busan-new-port-automated-cranes",
     "부산항 신항 서컨테이너부두에 자동화 크레인 12기 도입",
     "부산항만공사는 신항 서컨테이너부두에 원격 조종 방식의 자동화 안벽 크레인 12기를 추가로 도입한다고 12일 밝혔다. 총사업비는 2천400억원이며, 내년 상반기부터 순차적으로 운영에 들어간다."),
    ("coffee", "gangneung-coffee-street", "single", "saenal-ilbo", "01-13T02:00", "travel", "gangneung-anmok-coffee-street-pedestrian",
     "강릉 안목해변 커피거리, 보행자 전용 구간 확대",
     "강릉시는 안목해변 커피거리의 보행자 전용 구간을 기존 300m에서 650m로 늘리고 주말 차량 통행을 제한한다고 13일 밝혔다. 시는 3월까지 보도 정비와 벤치 설치를 마칠 계획이다."),
]

TRAPS = [
    ("jb1", "jn1", "other-province"), ("jb2", "jn1", "other-province"),
    ("kw1", "kwd2", "next-day"), ("kw2", "kwd2", "next-day"),
    ("nd1", "sg1", "other-district"), ("nd2", "sg1", "other-district"),
    ("nd1", "ndf", "follow-up"), ("nd3", "ndf", "follow-up"),
    ("dg1", "gm1", "other-city"), ("dg2", "gm1", "other-city"),
    ("os1", "ol1", "other-person"), ("os2", "ol1", "other-person"),
]
