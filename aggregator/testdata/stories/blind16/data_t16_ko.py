# -*- coding: utf-8 -*-
"""t16 part: Korean items.

Tuple: key, story, kind, source, when (MM-DDTHH:MM, UTC), section, slug, title, summary.
Korea Standard Time is UTC+9.
"""
HALF = "t16"
DAYS = ["2027-01-04", "2027-01-05", "2027-01-06"]

ITEMS = [
    # --- heavy-snow warnings (template) -------------------------------------------
    ("gw1", "gangwon-heavy-snow", "template", "hanbit-tongsin", "01-05T00:10", "weather", "gangwon-heavy-snow-warning",
     "강원 산지·동해안 대설경보 발효…6일까지 최대 30㎝ 눈",
     "기상청은 5일 오전 9시를 기해 강원 북부산지와 강릉·속초 등 동해안 지역에 대설경보를 발효했다. 6일까지 예상 적설량은 5∼20㎝, 많은 곳은 30㎝ 이상이다. 기상청은 교통안전과 시설물 관리에 유의해 달라고 당부했다."),
    ("gw2", "gangwon-heavy-snow", "copy", "saenal-ilbo", "01-05T00:40", "society", "gangwon-snow-warning-30cm",
     "강원 산지·동해안 대설경보…최대 30㎝ 이상 눈",
     "기상청은 5일 오전 9시를 기해 강원 북부산지와 강릉·속초 등 동해안에 대설경보를 발효했다. 6일까지 예상 적설량은 5∼20㎝, 많은 곳은 30㎝ 이상이다. 기상청은 교통안전과 시설물 관리에 유의해 달라고 당부했다."),
    ("jj1", "jeju-heavy-snow", "lookalike", "hanbit-tongsin", "01-05T01:30", "weather", "jeju-heavy-snow-warning",
     "제주도 산지 대설경보 발효…6일까지 최대 30㎝ 눈",
     "기상청은 5일 오전 10시를 기해 제주도 산지에 대설경보를 발효했다. 6일까지 예상 적설량은 10∼25㎝, 많은 곳은 30㎝ 이상이다. 기상청은 1100도로와 5·16도로 등 산간도로 이용에 유의해 달라고 당부했다."),
    ("gw3", "gangwon-heavy-snow", "rewrite", "baram-news", "01-05T02:30", "region", "yeongdong-snow-villages-misiryeong",
     "영동 지역 폭설 비상…산간 마을 고립 우려, 미시령 옛길 통제",
     "영동 지역에 대설경보가 내려진 가운데 5일 오전부터 굵은 눈이 쏟아지고 있다. 6일까지 많은 곳은 30㎝ 넘는 눈이 예상돼 일부 산간 마을은 고립이 우려된다. 경찰은 미시령 옛길의 차량 통행을 통제했다."),
    ("gw4", "gangwon-heavy-snow", "update", "hanbit-tongsin", "01-05T08:30", "weather", "gangwon-snow-warning-expanded-update",
     "[업데이트] 강원 대설경보 확대…예상 적설량 최대 50㎝로 상향",
     "기상청은 5일 오후 5시 강원 동해안 대설경보 지역을 삼척·동해까지 확대하고 6일까지 예상 적설량을 최대 50㎝ 이상으로 상향했다. 강원도는 비상 2단계를 가동하고 제설 장비 1천200여 대를 투입했다."),

    # --- won-dollar close (daily template) ----------------------------------------
    ("kr1", "krw-0104", "template", "gyeongje-nuri", "01-04T06:40", "markets", "won-dollar-close-0104",
     "원·달러 환율 6.2원 내린 1,382.4원 마감",
     "4일 서울 외환시장에서 원·달러 환율은 전 거래일보다 6.2원 내린 1,382.4원에 주간 거래를 마쳤다. 새해 첫 거래일을 맞아 외국인 투자자의 국내 주식 순매수가 이어지며 원화 강세를 이끌었다."),
    ("kr2", "krw-0104", "copy", "hanbit-tongsin", "01-04T07:00", "economy", "won-strengthens-first-trading-day",
     "원·달러 환율, 6.2원 하락한 1,382.4원에 마감",
     "4일 서울 외환시장에서 원·달러 환율은 전 거래일 대비 6.2원 내린 1,382.4원에 주간 거래를 마감했다. 새해 첫 거래일 외국인 투자자의 국내 주식 순매수가 이어지며 원화 강세를 이끌었다."),
    ("krd2", "krw-0105", "lookalike", "gyeongje-nuri", "01-05T06:40", "markets", "won-dollar-close-0105",
     "원·달러 환율 3.8원 오른 1,386.2원 마감",
     "5일 서울 외환시장에서 원·달러 환율은 전 거래일보다 3.8원 오른 1,386.2원에 주간 거래를 마쳤다. 미국 고용지표 발표를 앞두고 달러 매수 심리가 살아나며 원화 약세를 이끌었다."),

    # --- Busan factory fires ------------------------------------------------------
    ("bs1", "saha-factory-fire", "original", "hanbit-tongsin", "01-04T03:30", "society", "busan-saha-metal-plant-fire",
     "부산 사하구 공장서 불…근로자 1명 연기 흡입",
     "4일 오전 10시 20분께 부산 사하구 신평동의 한 금속가공 공장에서 불이 나 1시간 40분 만에 꺼졌다. 이 불로 근로자 1명이 연기를 마셔 병원으로 옮겨졌고, 공장 건물 660㎡가 탔다. 소방당국은 정확한 화재 원인을 조사하고 있다."),
    ("bs2", "saha-factory-fire", "copy", "dongbu-maeil", "01-04T04:00", "busan", "sinpyeong-dong-factory-fire",
     "부산 사하구 금속가공 공장서 불…1명 연기 흡입",
     "4일 오전 10시 20분께 부산 사하구 신평동 한 금속가공 공장에서 불이 나 1시간 40분 만에 꺼졌다. 이 불로 근로자 1명이 연기를 마셔 병원으로 이송됐고 공장 건물 660㎡가 탔다. 소방당국은 화재 원인을 조사 중이다."),
    ("bs3", "saha-factory-fire", "brief", "saenal-ilbo", "01-04T04:30", "briefs", "busan-saha-factory-fire-brief",
     "[단신] 부산 사하구 공장 화재…1명 부상",
     "4일 오전 10시 20분께 부산 사하구 신평동 금속가공 공장에서 불이 나 근로자 1명이 연기를 마셔 병원으로 옮겨졌다."),
    ("bs4", "saha-factory-fire", "cut", "baram-news", "01-04T05:00", "society", "saha-factory-fire-one-hospitalised",
     "부산 사하구 공장 화재로 1명 병원 이송",
     ""),
    ("gs1", "gangseo-factory-fire", "lookalike", "dongbu-maeil", "01-04T07:30", "busan", "gangseo-gu-auto-parts-factory-fire",
     "부산 강서구 공장서 불…근로자 2명 연기 흡입",
     "4일 오후 2시 50분께 부산 강서구 송정동의 한 자동차부품 공장에서 불이 나 1시간 10분 만에 꺼졌다. 이 불로 근로자 2명이 연기를 마셔 병원으로 옮겨졌고, 공장 건물 490㎡가 탔다. 소방당국은 정확한 화재 원인을 조사하고 있다."),

    # --- bus strikes --------------------------------------------------------------
    ("us1", "ulsan-bus-strike", "original", "baram-news", "01-06T00:30", "region", "ulsan-city-bus-strike",
     "울산 시내버스 파업…출근길 시민 불편",
     "울산 시내버스 노조가 임금협상 결렬로 6일 첫차부터 파업에 들어가 시내버스 110개 노선 가운데 60여 개 노선 운행이 멈췄다. 울산시는 전세버스 150대를 투입하고 택시 부제를 해제하는 등 비상수송대책을 가동했다."),
    ("cw1", "changwon-bus-strike", "lookalike", "hanbit-tongsin", "01-06T01:10", "society", "changwon-city-bus-strike",
     "창원 시내버스 파업…출근길 시민 불편",
     "창원 시내버스 노조가 임금협상 결렬로 6일 첫차부터 파업에 들어가 시내버스 130여 개 노선 가운데 90여 개 노선 운행이 멈췄다. 창원시는 전세버스 170대와 임차 택시를 투입하는 비상수송대책을 가동했다."),
    ("us2", "ulsan-bus-strike", "rewrite", "saenal-ilbo", "01-06T02:00", "society", "ulsan-commuters-stranded-bus-stops",
     "'멈춰 선 버스'…울산 시민들 출근길 발 동동",
     "6일 아침 울산 시내 정류장마다 버스를 기다리던 시민들이 발길을 돌렸다. 임금 인상률을 놓고 노사가 합의에 이르지 못하면서 노조가 새벽 첫차부터 운행을 중단했기 때문이다. 시는 전세버스를 긴급 투입했지만 배차 간격이 길어 불편이 이어졌다."),
    ("usd2", "ulsan-bus-strike-ends", "lookalike", "baram-news", "01-06T11:30", "region", "ulsan-bus-deal-service-resumes",
     "울산 시내버스 노사 협상 타결…7일 첫차부터 정상 운행",
     "울산 시내버스 노사가 6일 오후 울산지방노동위원회 사후 조정에서 임금 3.5% 인상에 합의하면서 파업이 하루 만에 끝났다. 시내버스는 7일 첫차부터 정상 운행된다."),

    # --- fine-dust alerts (template) ----------------------------------------------
    ("se1", "seoul-pm-alert", "template", "hanbit-tongsin", "01-06T05:10", "environment", "seoul-ultrafine-dust-advisory",
     "서울 초미세먼지 주의보 발령",
     "서울시는 6일 오후 2시를 기해 서울 전역에 초미세먼지(PM-2.5) 주의보를 발령했다. 이날 오후 1시 기준 시간당 평균 농도는 86㎍/㎥다. 시는 어린이와 노약자 등은 실외 활동을 자제하고 외출 시 보건용 마스크를 착용해 달라고 당부했다."),
    ("se2", "seoul-pm-alert", "copy", "baram-news", "01-06T05:40", "society", "seoul-pm25-advisory-issued",
     "서울 전역 초미세먼지 주의보…\"실외 활동 자제\"",
     "서울시는 6일 오후 2시를 기해 서울 전역에 초미세먼지(PM-2.5) 주의보를 내렸다. 오후 1시 기준 시간당 평균 농도는 86㎍/㎥다. 시는 어린이와 노약자는 실외 활동을 자제하고 외출할 때 보건용 마스크를 착용해 달라고 당부했다."),
    ("gg1", "gyeonggi-north-pm-alert", "lookalike", "hanbit-tongsin", "01-06T06:10", "environment", "gyeonggi-north-ultrafine-dust-advisory",
     "경기 북부 초미세먼지 주의보 발령",
     "경기도는 6일 오후 3시를 기해 고양·파주·의정부 등 경기 북부 10개 시군에 초미세먼지(PM-2.5) 주의보를 발령했다. 이날 오후 2시 기준 시간당 평균 농도는 92㎍/㎥다. 도는 어린이와 노약자 등은 실외 활동을 자제하고 외출 시 보건용 마스크를 착용해 달라고 당부했다."),

    # --- singles ------------------------------------------------------------------
    ("hanok", "jeonju-hanok-lights", "single", "saenal-ilbo", "01-04T09:00", "culture", "jeonju-hanok-village-night-lighting",
     "전주 한옥마을 야간 경관조명 새단장…이달 말 점등",
     "전주시는 한옥마을 태조로와 은행로 일대 경관조명을 교체하는 공사를 마치고 이달 말 점등식을 연다고 4일 밝혔다. 시는 발광다이오드 조명 400여 개를 새로 설치해 야간 관광객을 늘린다는 계획이다."),
    ("dgfund", "daegu-startup-fund", "single", "gyeongje-nuri", "01-05T04:00", "startups", "daegu-50-billion-won-startup-fund",
     "대구시, 500억 규모 창업 펀드 조성…로봇·AI 스타트업 집중 투자",
     "대구시는 올해 500억원 규모의 지역 창업 펀드를 조성해 로봇과 인공지능 분야 초기 스타트업에 집중 투자한다고 5일 밝혔다. 시가 100억원을 출자하고 나머지는 민간 운용사와 금융기관이 참여한다."),
]

TRAPS = [
    ("gw1", "jj1", "other-region"), ("gw2", "jj1", "other-region"),
    ("kr1", "krd2", "next-day"), ("kr2", "krd2", "next-day"),
    ("bs1", "gs1", "other-district"), ("bs2", "gs1", "other-district"), ("bs3", "gs1", "other-district"),
    ("us1", "cw1", "other-city"), ("us2", "cw1", "other-city"),
    ("us1", "usd2", "follow-up"), ("us2", "usd2", "follow-up"),
    ("se1", "gg1", "other-region"), ("se2", "gg1", "other-region"),
]
