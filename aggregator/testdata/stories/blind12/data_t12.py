"""Week T (tuning12.json): Mon 16 – Wed 18 Nov 2026. All text written by hand.

Tuples: (kind, source, day, "HH:MM" UTC, title, summary). `cut` and `copy`
items take summary None (build.py fills it from the original). TRAPS and
SAME_FOLLOWUPS are at the end."""
import datetime as dt

from common import Corpus

C = Corpus("t12", dt.date(2026, 11, 16))
S = C.story
O = C.one

# ---------------------------------------------------------------- Hindi
S("hi1-chamoli-landslide", [
    ("original", "bharatvarta", 1, "03:40", "चमोली में भूस्खलन से बदरीनाथ हाईवे बंद, सैकड़ों यात्री फंसे",
     "उत्तराखंड के चमोली जिले में सोमवार सुबह पीपलकोटी के पास पहाड़ी से भारी मलबा गिरने से बदरीनाथ राष्ट्रीय राजमार्ग बंद हो गया। दोनों ओर करीब 400 यात्री और 60 वाहन फंसे हैं। सीमा सड़क संगठन (बीआरओ) की टीमें मलबा हटाने में जुटी हैं।"),
    ("rewrite", "dainikprabhat", 1, "05:10", "पीपलकोटी के पास पहाड़ दरका, बदरीनाथ मार्ग पर आवाजाही ठप",
     "चमोली जिले में पीपलकोटी के निकट सोमवार सुबह भूस्खलन के बाद बदरीनाथ हाईवे पर वाहनों की आवाजाही रोक दी गई। पुलिस के अनुसार लगभग चार सौ तीर्थयात्री और स्थानीय लोग रास्ते में अटके हैं, जिन्हें पास के गांवों में ठहराया गया है।"),
    ("translation", "southasiawire", 1, "06:00", "Landslide near Pipalkoti shuts Badrinath highway in Uttarakhand's Chamoli",
     "A landslide near Pipalkoti in Uttarakhand's Chamoli district blocked the Badrinath national highway on Monday morning, stranding about 400 travellers and 60 vehicles on both sides. Border Roads Organisation crews are clearing the debris, police said."),
    ("update", "lokvani", 1, "12:30", "अपडेट: चमोली में बदरीनाथ हाईवे नौ घंटे बाद खुला, फंसे यात्री रवाना",
     "पीपलकोटी के पास भूस्खलन से बंद बदरीनाथ राष्ट्रीय राजमार्ग को बीआरओ ने करीब नौ घंटे की मशक्कत के बाद सोमवार शाम छोटे वाहनों के लिए खोल दिया। फंसे हुए लगभग 400 यात्रियों को पुलिस की निगरानी में आगे भेजा गया।"),
    ("regional", "sankshep", 3, "01:30", "संक्षेप में: भूस्खलन के बाद बदरीनाथ हाईवे पर यातायात सामान्य",
     "चमोली जिले में पीपलकोटी के पास सोमवार को हुए भूस्खलन से बंद बदरीनाथ राष्ट्रीय राजमार्ग पर अब यातायात सामान्य है। बीआरओ ने मलबा हटाकर मार्ग खोला और फंसे करीब 400 यात्री आगे रवाना हो गए।"),
])
O("hil1-tehri-bus-gorge", "lookalike", "pahadpatrika", 1, "07:20", "टिहरी में बस खाई में गिरी, ३ की मौत, १८ घायल",
  "टिहरी गढ़वाल जिले में चंबा–धरासू मार्ग पर सोमवार दोपहर एक निजी बस अनियंत्रित होकर करीब ८० मीटर गहरी खाई में जा गिरी। हादसे में तीन यात्रियों की मौत हो गई और १८ घायलों को ऋषिकेश एम्स भेजा गया है।")
S("hi2-delhi-blue-line", [
    ("original", "dainikprabhat", 2, "03:00", "दिल्ली मेट्रो की ब्लू लाइन पर तकनीकी खराबी, सुबह सेवाएं धीमी",
     "दिल्ली मेट्रो की ब्लू लाइन पर मंगलवार सुबह यमुना बैंक और इंद्रप्रस्थ के बीच सिग्नल प्रणाली में खराबी आने से ट्रेनें देर से चलीं। डीएमआरसी ने बताया कि द्वारका से नोएडा और वैशाली की ओर जाने वाले यात्रियों को 20 से 25 मिनट तक इंतजार करना पड़ा।"),
    ("brief", "bharatvarta", 2, "03:12", "ब्रेकिंग: ब्लू लाइन पर मेट्रो सेवा प्रभावित, यमुना बैंक के पास सिग्नल खराब",
     "दिल्ली मेट्रो की ब्लू लाइन पर यमुना बैंक और इंद्रप्रस्थ स्टेशनों के बीच सिग्नल में खराबी के कारण मंगलवार सुबह ट्रेनें देरी से चल रही हैं। डीएमआरसी ने यात्रियों से अतिरिक्त समय लेकर चलने की अपील की है।"),
    ("cut", "rajdhanisamachar", 2, "04:30", "यमुना बैंक के पास सिग्नल फेल, दफ्तर जाने वाले परेशान", None),
    ("update", "lokvani", 2, "06:40", "अपडेट: ब्लू लाइन पर मेट्रो सेवाएं सामान्य, सिग्नल केबल में थी खराबी",
     "डीएमआरसी के अनुसार मंगलवार सुबह यमुना बैंक और इंद्रप्रस्थ के बीच ब्लू लाइन पर आई दिक्कत सिग्नल केबल की खराबी से हुई थी। मरम्मत के बाद दोपहर 12 बजे से सेवाएं सामान्य रूप से चल रही हैं।"),
])
O("hil2-karol-bagh-fire", "lookalike", "rajdhanisamachar", 2, "08:15", "करोल बाग में जूते की दुकान में आग, दमकल की 12 गाड़ियां पहुंचीं",
  "मध्य दिल्ली के करोल बाग में मंगलवार दोपहर गफ्फार मार्केट के पास एक जूते की दुकान में आग लग गई। दिल्ली अग्निशमन सेवा की 12 गाड़ियों ने करीब दो घंटे में आग पर काबू पाया, किसी के हताहत होने की सूचना नहीं है।")
S("hi3-suryodaya-recall", [
    ("original", "bharatvarta", 2, "07:00", "सूर्योदय ऑटो ने 1,20,000 इलेक्ट्रिक स्कूटर वापस मंगाए, बैटरी में खामी",
     "पुणे की दोपहिया कंपनी सूर्योदय ऑटो ने बैटरी प्रबंधन प्रणाली में खामी के चलते अपने ‘वेग’ मॉडल के 1,20,000 इलेक्ट्रिक स्कूटर वापस मंगाने की घोषणा की है। कंपनी ने कहा कि जांच और सॉफ्टवेयर सुधार मुफ्त किया जाएगा।"),
    ("translation", "southasiawire", 2, "08:10", "Suryodaya Auto recalls 1.2 lakh Veg e-scooters over battery flaw",
     "Pune-based two-wheeler maker Suryodaya Auto is recalling 1,20,000 units of its Veg electric scooter after finding a fault in the battery management system. Checks and a software fix will be free of charge, the company said in a stock-exchange filing."),
    ("rewrite", "lokvani", 2, "09:30", "बैटरी की गड़बड़ी: 1.2 लाख ‘वेग’ स्कूटरों की होगी जांच",
     "सूर्योदय ऑटो अपने ‘वेग’ ई-स्कूटर के करीब 1.2 लाख ग्राहकों से संपर्क करेगी, क्योंकि इनकी बैटरी प्रबंधन प्रणाली में गड़बड़ी पाई गई है। कंपनी के मुताबिक सर्विस सेंटर पर मुफ्त सॉफ्टवेयर अपडेट होगा और जरूरत पड़ने पर बैटरी बदली जाएगी।"),
    ("regional", "sankshep", 3, "01:35", "संक्षेप में: सूर्योदय ऑटो के 1.2 लाख ई-स्कूटर वापस",
     "पुणे की सूर्योदय ऑटो ने बैटरी प्रबंधन प्रणाली में खामी के कारण ‘वेग’ मॉडल के 1,20,000 इलेक्ट्रिक स्कूटर वापस मंगाए हैं। ग्राहकों के स्कूटरों की जांच और सॉफ्टवेयर सुधार मुफ्त होगा।"),
])
O("hil3-suryodaya-ceo", "lookalike", "dainikprabhat", 3, "05:00", "सूर्योदय ऑटो के सीईओ अनिल मेहरोत्रा ने दिया इस्तीफा",
  "इलेक्ट्रिक स्कूटर बनाने वाली सूर्योदय ऑटो के मुख्य कार्यकारी अधिकारी अनिल मेहरोत्रा ने बुधवार को पद से इस्तीफा दे दिया। बोर्ड ने मुख्य वित्त अधिकारी सीमा कुलकर्णी को अंतरिम सीईओ नियुक्त किया है, कंपनी ने इस्तीफे की वजह निजी बताई।")
O("hit-sensex-d1", "template", "bazaarbhav", 1, "10:40", "सेंसेक्स 312 अंक चढ़कर 84,215 पर बंद, निफ्टी 25,780 पर",
  "बंबई स्टॉक एक्सचेंज का सेंसेक्स सोमवार को 312 अंक यानी 0.37 प्रतिशत चढ़कर 84,215 पर बंद हुआ। एनएसई का निफ्टी 94 अंक की बढ़त के साथ 25,780 पर रहा, बैंक और आईटी शेयरों में खरीदारी दिखी।")
O("hit-sensex-d2", "template", "bazaarbhav", 2, "10:40", "सेंसेक्स 468 अंक गिरकर 83,747 पर बंद, निफ्टी 25,642 पर",
  "बंबई स्टॉक एक्सचेंज का सेंसेक्स मंगलवार को 468 अंक यानी 0.56 प्रतिशत गिरकर 83,747 पर बंद हुआ। एनएसई का निफ्टी 138 अंक फिसलकर 25,642 पर रहा, स्कूटर वापस मंगाने की खबर के बाद सूर्योदय ऑटो का शेयर 7 प्रतिशत टूटा।")
O("hit-sensex-d3", "template", "bazaarbhav", 3, "10:40", "सेंसेक्स 105 अंक चढ़कर 83,852 पर बंद, निफ्टी 25,671 पर",
  "बंबई स्टॉक एक्सचेंज का सेंसेक्स बुधवार को 105 अंक यानी 0.13 प्रतिशत चढ़कर 83,852 पर बंद हुआ। एनएसई का निफ्टी 29 अंक की मामूली बढ़त के साथ 25,671 पर रहा, धातु शेयरों में तेजी रही।")
O("his1-jaipur-book-fair", "single", "lokvani", 3, "06:15", "जयपुर में 12 दिसंबर से लगेगा राष्ट्रीय पुस्तक मेला",
  "राजस्थान की राजधानी जयपुर में इस वर्ष का राष्ट्रीय पुस्तक मेला 12 दिसंबर से जवाहर कला केंद्र में लगेगा। आयोजकों के अनुसार नौ दिन चलने वाले मेले में देशभर के 180 प्रकाशक हिस्सा लेंगे।")

# ---------------------------------------------------------------- Bengali
S("bn1-mirpur-factory-fire", [
    ("original", "banglabarta", 1, "04:20", "মিরপুরে পোশাক কারখানায় আগুন, নিহত ৩",
     "রাজধানীর মিরপুর-১১ নম্বরে একটি ছয়তলা ভবনের পোশাক কারখানায় সোমবার সকালে আগুন লেগে তিন শ্রমিক নিহত হয়েছেন। ফায়ার সার্ভিসের ১৪টি ইউনিট আগুন নেভানোর চেষ্টা করছে, আহত ১১ জনকে ঢাকা মেডিকেল কলেজ হাসপাতালে নেওয়া হয়েছে।"),
    ("rewrite", "dhakaprohor", 1, "05:30", "মিরপুর-১১-তে ছয়তলা ভবনে অগ্নিকাণ্ড, তিন শ্রমিকের মৃত্যু",
     "ঢাকার মিরপুরে সোমবার সকালে একটি পোশাক কারখানায় ভয়াবহ অগ্নিকাণ্ডে অন্তত তিনজন শ্রমিক মারা গেছেন। ফায়ার সার্ভিস জানায়, ভবনের চতুর্থ তলার কাপড়ের গুদাম থেকে আগুনের সূত্রপাত, দগ্ধ ও আহত ১১ জন হাসপাতালে চিকিৎসাধীন।"),
    ("translation", "southasiawire", 1, "07:00", "Fire at Dhaka garment factory in Mirpur kills three",
     "A fire broke out at a garment factory in a six-storey building in Dhaka's Mirpur-11 on Monday morning, killing three workers, the fire service said. Fourteen units were battling the blaze and 11 injured people were taken to Dhaka Medical College Hospital."),
    ("update", "padmapatra", 1, "10:00", "হালনাগাদ: মিরপুরের কারখানার আগুন নিয়ন্ত্রণে, মৃতের সংখ্যা বেড়ে ৫",
     "মিরপুর-১১ নম্বরের পোশাক কারখানার আগুন প্রায় পাঁচ ঘণ্টা পর নিয়ন্ত্রণে এসেছে বলে জানিয়েছে ফায়ার সার্ভিস। ভবনের ভেতর থেকে আরও দুজনের মরদেহ উদ্ধার হওয়ায় মৃতের সংখ্যা বেড়ে পাঁচ হয়েছে।"),
    ("regional", "karnaphulikantha", 2, "01:30", "ঢাকার মিরপুরে কারখানায় আগুনে পাঁচ শ্রমিকের মৃত্যু",
     "রাজধানীর মিরপুর-১১ নম্বরে একটি পোশাক কারখানায় সোমবারের অগ্নিকাণ্ডে পাঁচ শ্রমিক নিহত হয়েছেন। পাঁচ ঘণ্টার চেষ্টায় আগুন নিয়ন্ত্রণে আনে ফায়ার সার্ভিস, আহত ১১ জন চিকিৎসাধীন।"),
])
O("bnl1-mirpur-workers-blockade", "lookalike", "dhakaprohor", 1, "08:00", "বকেয়া বেতনের দাবিতে মিরপুরে পোশাকশ্রমিকদের সড়ক অবরোধ",
  "তিন মাসের বকেয়া বেতনের দাবিতে সোমবার দুপুরে মিরপুর-১০ গোলচত্বরে একটি পোশাক কারখানার কয়েকশ শ্রমিক সড়ক অবরোধ করেন। এতে মিরপুর ও আশপাশের সড়কে প্রায় দুই ঘণ্টা যান চলাচল বন্ধ থাকে, পরে মালিকপক্ষের আশ্বাসে তাঁরা সরে যান।")
S("bn2-meghna-launch-collision", [
    ("original", "dhakaprohor", 2, "01:00", "মেঘনায় দুই লঞ্চের সংঘর্ষ, নিখোঁজ ৪",
     "চাঁদপুরের মোহনপুরের কাছে মেঘনা নদীতে মঙ্গলবার ভোরে ঘন কুয়াশার মধ্যে ঢাকাগামী এমভি সোনার তরী-৭ ও বরিশালগামী এমভি নীলাচল লঞ্চের সংঘর্ষ হয়েছে। এতে অন্তত চারজন যাত্রী নদীতে পড়ে নিখোঁজ, কোস্ট গার্ড উদ্ধার অভিযান চালাচ্ছে।"),
    ("brief", "banglabarta", 2, "01:15", "ব্রেকিং: চাঁদপুরে মেঘনায় লঞ্চ সংঘর্ষ, কয়েকজন নিখোঁজ",
     "চাঁদপুরের মোহনপুর এলাকায় মেঘনা নদীতে মঙ্গলবার ভোরে কুয়াশার কারণে দুটি যাত্রীবাহী লঞ্চের মুখোমুখি সংঘর্ষ হয়েছে। কয়েকজন যাত্রী নিখোঁজ রয়েছেন, বিস্তারিত আসছে।"),
    ("cut", "padmapatra", 2, "03:00", "কুয়াশায় মুখোমুখি সোনার তরী-৭ ও নীলাচল", None),
    ("update", "banglabarta", 2, "09:00", "হালনাগাদ: মেঘনায় লঞ্চ সংঘর্ষ, দুই নিখোঁজের মরদেহ উদ্ধার",
     "চাঁদপুরের মোহনপুরে মেঘনা নদীতে মঙ্গলবার ভোরে এমভি সোনার তরী-৭ ও এমভি নীলাচলের সংঘর্ষে নিখোঁজ চারজনের মধ্যে দুজনের মরদেহ উদ্ধার করেছে কোস্ট গার্ড। বাকি দুজনের খোঁজে ডুবুরিরা কাজ করছেন।"),
])
O("bnl2-launch-master-arrested", "lookalike", "padmapatra", 3, "04:00", "লঞ্চ সংঘর্ষ: সোনার তরী-৭-এর মাস্টার গ্রেপ্তার",
  "মেঘনায় মঙ্গলবারের লঞ্চ সংঘর্ষের ঘটনায় এমভি সোনার তরী-৭-এর মাস্টার রফিকুল আলমকে বুধবার মুন্সিগঞ্জ থেকে গ্রেপ্তার করেছে নৌ পুলিশ। নৌপরিবহন অধিদপ্তর ঘটনা তদন্তে তিন সদস্যের কমিটিও গঠন করেছে।")
S("bn3-bay-depression-signal", [
    ("original", "banglabarta", 2, "06:00", "বঙ্গোপসাগরে নিম্নচাপ, সমুদ্রবন্দরে ৩ নম্বর সতর্কসংকেত",
     "দক্ষিণ-পূর্ব বঙ্গোপসাগরে সৃষ্ট লঘুচাপটি ঘনীভূত হয়ে নিম্নচাপে পরিণত হয়েছে বলে জানিয়েছে আবহাওয়া অধিদপ্তর। চট্টগ্রাম, মোংলা, পায়রা ও কক্সবাজার সমুদ্রবন্দরকে ৩ নম্বর স্থানীয় সতর্কসংকেত দেখাতে বলা হয়েছে।"),
    ("rewrite", "dhakaprohor", 2, "07:30", "নিম্নচাপের প্রভাবে উপকূলে বৃষ্টি, ট্রলারকে তীরে ফেরার নির্দেশ",
     "বঙ্গোপসাগরের নিম্নচাপের কারণে চার সমুদ্রবন্দরে ৩ নম্বর সতর্কসংকেত জারি করেছে আবহাওয়া অধিদপ্তর। উত্তর বঙ্গোপসাগরে থাকা মাছ ধরার নৌকা ও ট্রলারকে নিরাপদ আশ্রয়ে থাকতে বলা হয়েছে, উপকূলীয় জেলাগুলোতে বৃষ্টি হচ্ছে।"),
    ("regional", "karnaphulikantha", 3, "01:00", "চট্টগ্রাম বন্দরে ৩ নম্বর সংকেত বহাল, থেমে থেমে বৃষ্টি",
     "বঙ্গোপসাগরের নিম্নচাপের কারণে চট্টগ্রাম সমুদ্রবন্দরে ৩ নম্বর স্থানীয় সতর্কসংকেত বহাল রয়েছে। মঙ্গলবার রাত থেকে চট্টগ্রাম উপকূলে থেমে থেমে বৃষ্টি হচ্ছে, মাছ ধরার ট্রলারগুলো কর্ণফুলীর মোহনায় ফিরে এসেছে।"),
])
O("bnt-dhaka-aqi-d1", "template", "bayukatha", 1, "03:10", "বায়ুদূষণে আজ বিশ্বে ঢাকা দ্বিতীয়, একিউআই ১৯৮",
  "সোমবার সকাল ৯টায় বায়ুমান সূচক (একিউআই) ১৯৮ নিয়ে বিশ্বের দূষিত শহরের তালিকায় দ্বিতীয় স্থানে রয়েছে ঢাকা। এই মাত্রার বাতাসকে ‘অস্বাস্থ্যকর’ ধরা হয়, শিশু ও বয়স্কদের বাইরে কম বের হওয়ার পরামর্শ দেওয়া হয়েছে।")
O("bnt-dhaka-aqi-d3", "template", "bayukatha", 3, "03:10", "বায়ুদূষণে আজ বিশ্বে ঢাকা প্রথম, একিউআই ২৪১",
  "বুধবার সকাল ৯টায় বায়ুমান সূচক (একিউআই) ২৪১ নিয়ে বিশ্বের দূষিত শহরের তালিকায় শীর্ষে রয়েছে ঢাকা। এই মাত্রার বাতাসকে ‘খুবই অস্বাস্থ্যকর’ ধরা হয়, সবাইকে মাস্ক পরে বাইরে বের হওয়ার পরামর্শ দেওয়া হয়েছে।")
O("bns1-khulna-bus-terminal", "single", "dhakaprohor", 3, "06:30", "খুলনায় নতুন আন্তঃজেলা বাস টার্মিনাল চালু",
  "খুলনার সোনাডাঙ্গায় নির্মিত নতুন আন্তঃজেলা বাস টার্মিনাল বুধবার থেকে চালু হয়েছে। সিটি করপোরেশন জানায়, ৪২ কোটি টাকা ব্যয়ে নির্মিত টার্মিনালে একসঙ্গে ১২০টি বাস রাখা যাবে।")

# ---------------------------------------------------------------- Urdu
S("ur1-lyari-building-collapse", [
    ("original", "awazekarachi", 1, "04:00", "لیاری میں پانچ منزلہ رہائشی عمارت گر گئی، ۴ افراد جاں بحق",
     "کراچی کے علاقے لیاری کے بغدادی محلے میں پیر کی صبح ایک پرانی پانچ منزلہ رہائشی عمارت منہدم ہو گئی جس کے نتیجے میں چار افراد جاں بحق ہو گئے۔ ریسکیو حکام کے مطابق ملبے تلے مزید افراد کے دبے ہونے کا خدشہ ہے اور امدادی کارروائیاں جاری ہیں۔"),
    ("copy", "khabarnamapk", 1, "05:00", "کراچی: لیاری میں پانچ منزلہ عمارت گرنے سے ۴ افراد جاں بحق", None),
    ("rewrite", "lahorenama", 1, "06:30", "بغدادی کی خستہ حال عمارت زمین بوس، ملبے سے زخمی نکالے گئے",
     "کراچی کے پرانے علاقے لیاری میں پیر کو ایک مخدوش پانچ منزلہ عمارت گرنے سے کم از کم چار افراد ہلاک ہو گئے۔ سندھ بلڈنگ کنٹرول اتھارٹی کے مطابق عمارت کو دو سال پہلے خطرناک قرار دیا جا چکا تھا، ملبے سے آٹھ زخمیوں کو نکال لیا گیا ہے۔"),
    ("translation", "southasiawire", 1, "07:30", "Five-storey building collapses in Karachi's Lyari, four dead",
     "An old five-storey residential building collapsed in the Baghdadi area of Karachi's Lyari on Monday morning, killing four people, rescue officials said. More people were feared trapped under the rubble and rescue work was continuing."),
    ("update", "awazekarachi", 1, "15:00", "اپ ڈیٹ: لیاری عمارت حادثہ، جاں بحق افراد کی تعداد ۹ ہو گئی",
     "لیاری کے بغدادی محلے میں منہدم ہونے والی پانچ منزلہ عمارت کے ملبے سے مزید پانچ لاشیں نکالے جانے کے بعد جاں بحق افراد کی تعداد ۹ ہو گئی ہے۔ ریسکیو حکام کے مطابق سرچ آپریشن رات بھر جاری رہے گا۔"),
])
O("url1-karachi-water-main", "lookalike", "khabarnamapk", 1, "09:00", "کراچی: مرکزی لائن پھٹ گئی، کئی علاقوں میں پانی کی فراہمی معطل",
  "کراچی کو پانی فراہم کرنے والی 72 انچ قطر کی مرکزی لائن پیر کو نیشنل ہائی وے پر گھگھر پھاٹک کے قریب پھٹ گئی۔ واٹر کارپوریشن کے مطابق مرمت میں 48 گھنٹے لگیں گے، اس دوران ضلع شرقی اور کورنگی میں پانی کی فراہمی متاثر رہے گی۔")
S("ur2-swat-quake", [
    ("original", "sarhadtimes", 2, "05:30", "سوات اور گرد و نواح میں 5.2 شدت کا زلزلہ",
     "خیبر پختونخوا کے ضلع سوات اور ملحقہ علاقوں میں منگل کی صبح 5.2 شدت کے زلزلے کے جھٹکے محسوس کیے گئے۔ محکمہ موسمیات کے مطابق زلزلے کا مرکز مینگورہ سے 40 کلومیٹر شمال مغرب میں اور گہرائی 112 کلومیٹر تھی، کسی جانی نقصان کی اطلاع نہیں ملی۔"),
    ("brief", "awazekarachi", 2, "05:40", "بریکنگ نیوز: سوات میں زلزلے کے شدید جھٹکے",
     "سوات، مینگورہ اور ملاکنڈ ڈویژن کے دیگر علاقوں میں منگل کی صبح زلزلے کے جھٹکے محسوس کیے گئے جس کے بعد لوگ گھروں سے باہر نکل آئے۔ زلزلے کی شدت 5.2 بتائی گئی ہے۔"),
    ("update", "lahorenama", 2, "09:00", "اپ ڈیٹ: سوات زلزلے کی شدت 5.4 ریکارڈ، چند مکانات کو نقصان",
     "محکمہ موسمیات نے منگل کی صبح سوات میں آنے والے زلزلے کی شدت پر نظرثانی کرتے ہوئے اسے 5.4 قرار دیا ہے۔ ضلعی انتظامیہ کے مطابق مٹہ اور خوازہ خیلہ میں چند کچے مکانات کی دیواروں میں دراڑیں پڑ گئیں، کوئی جانی نقصان نہیں ہوا۔"),
])
O("url2-zhob-quake", "lookalike", "khabarnamapk", 2, "10:30", "ژوب اور گرد و نواح میں 4.3 شدت کا زلزلہ",
  "بلوچستان کے ضلع ژوب اور ملحقہ علاقوں میں منگل کی سہ پہر 4.3 شدت کے زلزلے کے جھٹکے محسوس کیے گئے۔ محکمہ موسمیات کے مطابق زلزلے کا مرکز ژوب سے 25 کلومیٹر جنوب میں اور گہرائی 18 کلومیٹر تھی، کسی نقصان کی اطلاع نہیں ملی۔")
O("url3-swat-aftershock", "lookalike", "sarhadtimes", 3, "03:00", "سوات میں ایک بار پھر زلزلہ، 3.9 شدت کا آفٹر شاک",
  "سوات اور مینگورہ میں بدھ کی صبح ایک بار پھر 3.9 شدت کا زلزلہ آیا، جسے محکمہ موسمیات نے منگل کے زلزلے کا آفٹر شاک قرار دیا ہے۔ شہری خوف کے باعث کچھ دیر گھروں سے باہر رہے، کوئی نقصان نہیں ہوا۔")
S("ur3-lahore-smog-schools", [
    ("original", "lahorenama", 2, "12:00", "اسموگ: لاہور میں تمام اسکول جمعرات سے ایک ہفتے کے لیے بند",
     "پنجاب حکومت نے لاہور میں شدید اسموگ کے باعث تمام سرکاری اور نجی اسکول جمعرات سے ایک ہفتے کے لیے بند کرنے کا اعلان کر دیا ہے۔ محکمہ تحفظ ماحولیات کے مطابق منگل کو شہر کا ایئر کوالٹی انڈیکس ۴۵۰ سے تجاوز کر گیا۔"),
    ("rewrite", "khabarnamapk", 2, "14:00", "لاہور کے اسکولوں میں ہفتے بھر کی چھٹیاں، فضائی آلودگی خطرناک حد پر",
     "فضائی آلودگی کی خطرناک سطح کے پیش نظر صوبائی حکومت نے لاہور کے سرکاری و نجی اسکولوں کو جمعرات سے سات دن بند رکھنے کا فیصلہ کیا ہے۔ محکمہ ماحولیات کے مطابق شہر کا ایئر کوالٹی انڈیکس 450 سے اوپر ریکارڈ کیا گیا۔"),
])
O("urs1-gwadar-ferry", "single", "awazekarachi", 3, "07:00", "کراچی اور گوادر کے درمیان مسافر فیری سروس دسمبر سے",
  "کراچی اور گوادر کے درمیان نجی کمپنی سمندر لائن کی مسافر فیری سروس دسمبر کے وسط سے شروع ہوگی۔ کمپنی کے مطابق ہفتے میں دو پھیرے ہوں گے اور سفر تقریباً بیس گھنٹے کا ہوگا۔")

# ---------------------------------------------------------------- Tamil
S("ta1-chennai-rain-subways", [
    ("original", "tamilmalar", 1, "02:30", "சென்னையில் விடிய விடிய கனமழை: சுரங்கப்பாதைகளில் வெள்ளம்",
     "சென்னையில் ஞாயிற்றுக்கிழமை இரவு முதல் திங்கள்கிழமை காலை வரை பெய்த கனமழையால் பல சுரங்கப்பாதைகளில் வெள்ளம் தேங்கியது. நுங்கம்பாக்கத்தில் 14 சென்டிமீட்டர் மழை பதிவானதாக மண்டல வானிலை ஆய்வு மையம் தெரிவித்தது."),
    ("rewrite", "chennaiosai", 1, "04:00", "கனமழை: கணேசபுரம், துரைசாமி சுரங்கப்பாதைகள் மூடல்",
     "இரவு முழுவதும் கொட்டித் தீர்த்த மழையால் சென்னை கணேசபுரம், துரைசாமி உள்ளிட்ட சுரங்கப்பாதைகளில் மழைநீர் தேங்கியதால் போக்குவரத்து நிறுத்தப்பட்டது. நுங்கம்பாக்கத்தில் 14 சென்டிமீட்டர் மழை பதிவாகியுள்ளது, மாநகராட்சி ஊழியர்கள் மோட்டார்கள் மூலம் நீரை வெளியேற்றும் பணியில் ஈடுபட்டுள்ளனர்."),
    ("translation", "southasiawire", 1, "05:00", "Overnight downpour floods Chennai subways; Nungambakkam logs 14 cm",
     "Heavy overnight rain flooded several road subways in Chennai on Monday, including Ganesapuram and Duraisamy, which were closed to traffic. Nungambakkam recorded 14 cm of rain in 24 hours, the Regional Meteorological Centre said."),
    ("update", "kaveriseithi", 1, "11:00", "அப்டேட்: சென்னையில் மழைநீர் வடியத் தொடங்கியது, சுரங்கப்பாதைகள் திறப்பு",
     "சென்னையில் திங்கள்கிழமை காலை மழை நின்ற பிறகு மாநகராட்சி ஊழியர்கள் மோட்டார்கள் மூலம் நீரை வெளியேற்றியதால் கணேசபுரம், துரைசாமி சுரங்கப்பாதைகள் மாலையில் மீண்டும் திறக்கப்பட்டன. பெரும்பாலான சாலைகளில் மழைநீர் வடிந்துவிட்டது."),
    ("regional", "kovaimurasu", 2, "01:00", "சென்னை கனமழை: சுரங்கப்பாதைகளில் தேங்கிய நீர் அகற்றம்",
     "சென்னையில் திங்கள்கிழமை பெய்த கனமழையால் கணேசபுரம், துரைசாமி உள்ளிட்ட சுரங்கப்பாதைகளில் தேங்கிய நீர் மோட்டார்கள் மூலம் அகற்றப்பட்டு மாலையில் போக்குவரத்து சீரானது. நுங்கம்பாக்கத்தில் ஒரே நாளில் 14 சென்டிமீட்டர் மழை பதிவானது குறிப்பிடத்தக்கது."),
])
O("tal1-chennai-mrts-signal", "lookalike", "chennaiosai", 1, "06:30", "பறக்கும் ரயில் சேவை பாதிப்பு: வேளச்சேரி வழித்தடத்தில் சிக்னல் கோளாறு",
  "சென்னை கடற்கரை–வேளச்சேரி பறக்கும் ரயில் வழித்தடத்தில் திங்கள்கிழமை மதியம் திருமயிலை அருகே சிக்னல் கோளாறு ஏற்பட்டதால் ரயில்கள் ஒரு மணி நேரத்துக்கும் மேல் தாமதமாக இயக்கப்பட்டன. பயணிகள் நடைமேடைகளில் நீண்ட நேரம் காத்திருந்தனர்.")
S("ta2-sivakasi-blast", [
    ("original", "kaveriseithi", 2, "06:00", "சிவகாசி அருகே பட்டாசு ஆலையில் வெடி விபத்து: 2 பேர் பலி",
     "விருதுநகர் மாவட்டம் சிவகாசி அருகே உள்ள ஒரு தனியார் பட்டாசு ஆலையில் செவ்வாய்க்கிழமை மதியம் மருந்து கலக்கும் அறையில் வெடி விபத்து ஏற்பட்டது. இதில் இரண்டு தொழிலாளர்கள் உயிரிழந்தனர், 5 பேர் படுகாயமடைந்து சிவகாசி அரசு மருத்துவமனையில் சேர்க்கப்பட்டனர்."),
    ("brief", "tamilmalar", 2, "06:10", "பிரேக்கிங்: சிவகாசி பட்டாசு ஆலையில் வெடி விபத்து",
     "சிவகாசி அருகே உள்ள பட்டாசு ஆலையில் செவ்வாய்க்கிழமை மதியம் பயங்கர வெடி விபத்து ஏற்பட்டுள்ளது. தீயணைப்புத் துறையினரும் போலீஸாரும் சம்பவ இடத்துக்கு விரைந்துள்ளனர், உயிரிழப்பு குறித்த விவரங்கள் இன்னும் தெரியவில்லை."),
    ("cut", "chennaiosai", 2, "08:00", "மருந்து கலக்கும் அறையில் வெடிப்பு: இரண்டு தொழிலாளர்கள் உயிரிழப்பு", None),
])
O("tal2-sivakasi-owner-arrested", "lookalike", "kaveriseithi", 3, "05:00", "சிவகாசி வெடி விபத்து: பட்டாசு ஆலை உரிமையாளர் கைது",
  "சிவகாசி அருகே செவ்வாய்க்கிழமை இரண்டு தொழிலாளர்கள் உயிரிழந்த வெடி விபத்து தொடர்பாக பட்டாசு ஆலை உரிமையாளர் முருகேசன் புதன்கிழமை கைது செய்யப்பட்டார். உரிமம் இல்லாத கூடுதல் அறைகளில் உற்பத்தி நடந்ததாக போலீஸார் தெரிவித்தனர்.")
O("tat-chennai-gold-d1", "template", "thangamvilai", 1, "04:30", "சென்னையில் இன்றைய தங்கம் விலை: சவரனுக்கு ரூ.240 உயர்வு",
  "சர்வதேச சந்தை நிலவரத்துக்கு ஏற்ப சென்னையில் திங்கள்கிழமை காலை ஆபரணத் தங்கத்தின் (22 காரட்) விலை சவரனுக்கு ரூ.240 உயர்ந்து ரூ.94,320-க்கு விற்பனையாகிறது. ஒரு கிராம் தங்கம் ரூ.11,790-க்கும், வெள்ளி கிராம் ரூ.172-க்கும் விற்பனையாகிறது.")
O("tat-chennai-gold-d2", "template", "thangamvilai", 2, "04:30", "சென்னையில் இன்றைய தங்கம் விலை: சவரனுக்கு ரூ.400 சரிவு",
  "சர்வதேச சந்தை நிலவரத்துக்கு ஏற்ப சென்னையில் செவ்வாய்க்கிழமை காலை ஆபரணத் தங்கத்தின் (22 காரட்) விலை சவரனுக்கு ரூ.400 குறைந்து ரூ.93,920-க்கு விற்பனையாகிறது. ஒரு கிராம் தங்கம் ரூ.11,740-க்கும், வெள்ளி கிராம் ரூ.170-க்கும் விற்பனையாகிறது.")
O("tat-chennai-gold-d3", "template", "thangamvilai", 3, "04:30", "சென்னையில் இன்றைய தங்கம் விலை: சவரனுக்கு ரூ.160 உயர்வு",
  "சர்வதேச சந்தை நிலவரத்துக்கு ஏற்ப சென்னையில் புதன்கிழமை காலை ஆபரணத் தங்கத்தின் (22 காரட்) விலை சவரனுக்கு ரூ.160 உயர்ந்து ரூ.94,080-க்கு விற்பனையாகிறது. ஒரு கிராம் தங்கம் ரூ.11,760-க்கும், வெள்ளி கிராம் ரூ.171-க்கும் விற்பனையாகிறது.")
O("tas1-madurai-rail-trial", "single", "tamilmalar", 3, "07:30", "மதுரை–தூத்துக்குடி புதிய ரயில் பாதையில் சோதனை ஓட்டம்",
  "மதுரையிலிருந்து அருப்புக்கோட்டை வழியாக தூத்துக்குடிக்குச் செல்லும் புதிய ரயில் பாதையின் முதல் பகுதியில் புதன்கிழமை சோதனை ஓட்டம் நடைபெற்றது. ரயில்வே பாதுகாப்பு ஆணையரின் ஒப்புதலுக்குப் பிறகு பயணிகள் ரயில் இயக்கப்படும் என அதிகாரிகள் தெரிவித்தனர்.")

# ---------------------------------------------------------------- Thai
S("th1-pattaya-speedboat", [
    ("original", "siamwire", 1, "03:00", "เรือสปีดโบ๊ทล่มกลางทะเลพัทยา นักท่องเที่ยวสูญหาย 2 คน",
     "เรือสปีดโบ๊ทที่พานักท่องเที่ยว 14 คนจากท่าเรือแหลมบาลีฮายไปเกาะล้าน ถูกคลื่นลมแรงซัดล่มกลางทะเลเมื่อเช้าวันจันทร์ เจ้าหน้าที่ช่วยเหลือขึ้นฝั่งได้ 12 คน ยังสูญหายอีก 2 คน ทัพเรือภาคที่ 1 ส่งเรือออกค้นหาแล้ว"),
    ("rewrite", "krungthepdaily", 1, "04:30", "คลื่นซัดสปีดโบ๊ทล่มระหว่างทางไปเกาะล้าน เร่งค้นหาผู้สูญหาย 2 ราย",
     "เหตุสปีดโบ๊ทล่มในทะเลพัทยา จ.ชลบุรี เช้าวันนี้ (16 พ.ย.) ขณะพานักท่องเที่ยว 14 คนไปเกาะล้าน เจ้าหน้าที่กู้ภัยช่วยขึ้นฝั่งได้ 12 คน อีก 2 คนเป็นนักท่องเที่ยวชาวจีนที่ยังไม่พบตัว"),
    ("translation", "mekongledger", 1, "05:30", "Speedboat capsizes off Pattaya, two tourists missing",
     "A speedboat carrying 14 tourists from Bali Hai pier to Koh Larn capsized in rough seas off Pattaya on Monday morning. Rescuers pulled 12 people from the water; two Chinese tourists are still missing and the navy has joined the search."),
    ("update", "siamwire", 1, "11:00", "อัปเดต: พบตัว 2 นักท่องเที่ยวที่สูญหายจากเหตุสปีดโบ๊ทล่มพัทยาแล้ว ปลอดภัยทั้งคู่",
     "ทัพเรือภาคที่ 1 พบนักท่องเที่ยวชาวจีน 2 คนที่สูญหายจากเหตุสปีดโบ๊ทล่มกลางทะเลพัทยา ลอยเกาะห่วงยางอยู่ใกล้เกาะสาก ทั้งคู่ปลอดภัย ส่งตัวไปตรวจร่างกายที่โรงพยาบาลบางละมุง"),
    ("regional", "chonburipost", 2, "00:30", "สปีดโบ๊ทล่มหน้าพัทยา ผู้โดยสารรอดครบทั้ง ๑๔ คน",
     "จากเหตุสปีดโบ๊ทล่มระหว่างทางไปเกาะล้านเมื่อวันที่ ๑๖ พ.ย. ล่าสุดเจ้าหน้าที่พบผู้สูญหาย ๒ คนแล้ว ผู้โดยสารทั้ง ๑๔ คนปลอดภัย"),
])
O("thl1-pattaya-condo-fire", "lookalike", "chonburipost", 1, "09:00", "ไฟไหม้ห้องชุดคอนโดฯ ย่านพัทยากลาง อพยพผู้พักอาศัยกว่า 200 คน",
  "เกิดเหตุเพลิงไหม้ห้องชุดชั้น 17 ของคอนโดมิเนียมแห่งหนึ่งย่านพัทยากลาง เมื่อบ่ายวันจันทร์ ผู้พักอาศัยกว่า 200 คนต้องอพยพลงมาด้านล่าง เจ้าหน้าที่ดับเพลิงควบคุมไฟได้ในราว 40 นาที ไม่มีผู้บาดเจ็บ")
S("th2-bts-silom-outage", [
    ("original", "krungthepdaily", 2, "00:30", "บีทีเอสสายสีลมขัดข้อง ผู้โดยสารตกค้างหนาแน่นช่วงเช้า",
     "รถไฟฟ้าบีทีเอสสายสีลมเกิดเหตุขัดข้องทางเทคนิคช่วงสถานีสุรศักดิ์ถึงสะพานตากสิน เมื่อเช้าวันอังคาร ทำให้รถไฟฟ้าต้องชะลอความเร็วและมีผู้โดยสารตกค้างตามสถานีจำนวนมาก บีทีเอสแนะนำให้ใช้เรือด่วนเจ้าพระยาแทน"),
    ("brief", "siamwire", 2, "00:40", "ด่วน! บีทีเอสสายสีลมขัดข้อง รถไฟฟ้าล่าช้า",
     "รถไฟฟ้าบีทีเอสสายสีลมขัดข้องช่วงสถานีสุรศักดิ์–สะพานตากสิน เช้านี้ (17 พ.ย.) รถไฟฟ้าให้บริการล่าช้ากว่าปกติ ผู้โดยสารโปรดเผื่อเวลาเดินทาง"),
    ("cut", "khaodeethai", 2, "02:00", "สุรศักดิ์–สะพานตากสินขัดข้อง คนกรุงแห่ใช้เรือด่วน", None),
    ("update", "krungthepdaily", 2, "04:00", "อัปเดต: บีทีเอสสายสีลมกลับมาให้บริการปกติ สาเหตุจากระบบอาณัติสัญญาณ",
     "บีทีเอสแจ้งว่ารถไฟฟ้าสายสีลมกลับมาให้บริการตามปกติแล้วตั้งแต่เวลา 10.15 น. หลังแก้ไขระบบอาณัติสัญญาณที่ขัดข้องช่วงสถานีสุรศักดิ์ถึงสะพานตากสินเมื่อเช้าวันอังคาร"),
])
O("thl2-lat-krabang-warehouse-fire", "lookalike", "khaodeethai", 2, "08:00", "ไฟไหม้โกดังสินค้าย่านลาดกระบัง ควันดำปกคลุมหลายกิโลเมตร",
  "เกิดเพลิงไหม้โกดังเก็บสินค้าพลาสติกในเขตลาดกระบัง กรุงเทพฯ เมื่อบ่ายวันอังคาร กลุ่มควันดำลอยสูงมองเห็นได้ไกลหลายกิโลเมตร เจ้าหน้าที่ใช้เวลากว่า 3 ชั่วโมงจึงควบคุมเพลิงได้ ไม่มีผู้บาดเจ็บ")
O("tht-bkk-weather-d1", "template", "akatwannee", 1, "00:00", "พยากรณ์อากาศกรุงเทพฯ วันนี้ (16 พ.ย.) เย็นตอนเช้า ต่ำสุด 22 องศา",
  "กรมอุตุนิยมวิทยาพยากรณ์อากาศกรุงเทพมหานครและปริมณฑลวันจันทร์ที่ 16 พฤศจิกายน มีอากาศเย็นในตอนเช้า อุณหภูมิต่ำสุด 22 องศาเซลเซียส สูงสุด 32 องศาเซลเซียส มีฝนร้อยละ 10 ของพื้นที่")
O("tht-bkk-weather-d2", "template", "akatwannee", 2, "00:00", "พยากรณ์อากาศกรุงเทพฯ วันนี้ (17 พ.ย.) มีหมอกบาง ต่ำสุด 23 องศา",
  "กรมอุตุนิยมวิทยาพยากรณ์อากาศกรุงเทพมหานครและปริมณฑลวันอังคารที่ 17 พฤศจิกายน มีหมอกบางในตอนเช้า อุณหภูมิต่ำสุด 23 องศาเซลเซียส สูงสุด 33 องศาเซลเซียส มีฝนร้อยละ 20 ของพื้นที่")
O("tht-bkk-weather-d3", "template", "akatwannee", 3, "00:00", "พยากรณ์อากาศกรุงเทพฯ วันนี้ (18 พ.ย.) อากาศเย็น ต่ำสุด 21 องศา",
  "กรมอุตุนิยมวิทยาพยากรณ์อากาศกรุงเทพมหานครและปริมณฑลวันพุธที่ 18 พฤศจิกายน มีอากาศเย็นในตอนเช้า อุณหภูมิต่ำสุด 21 องศาเซลเซียส สูงสุด 31 องศาเซลเซียส ไม่มีฝน")
O("ths1-chiangmai-hanoi-route", "single", "siamwire", 3, "05:00", "ฟ้าล้านนาแอร์เปิดบินตรงเชียงใหม่–ฮานอย เริ่ม 15 ธ.ค.",
  "สายการบินฟ้าล้านนาแอร์เตรียมเปิดเส้นทางบินตรงเชียงใหม่–ฮานอย สัปดาห์ละ 4 เที่ยวบิน เริ่มวันที่ 15 ธันวาคมนี้ ตั้งเป้าดึงนักท่องเที่ยวเวียดนามช่วงฤดูหนาว")

# ---------------------------------------------------------------- Vietnamese
S("vi1-quangngai-storm", [
    ("original", "tinnhanhviet", 1, "01:00", "Bão số 12 đổ bộ Quảng Ngãi, hơn 2.300 nhà tốc mái",
     "Sáng 16/11, bão số 12 đã đổ bộ vào đất liền tỉnh Quảng Ngãi với sức gió mạnh cấp 10, giật cấp 12. Theo báo cáo ban đầu, hơn 2.300 ngôi nhà bị tốc mái, nhiều tuyến đường ven biển bị ngập sâu và khoảng 40.000 hộ dân mất điện."),
    ("rewrite", "baomientrung", 1, "02:30", "Quảng Ngãi tan hoang sau bão, cây xanh bật gốc khắp nơi",
     "Cơn bão số 12 quét qua Quảng Ngãi sáng nay (16/11) với gió giật cấp 12, làm hơn 2.300 căn nhà tốc mái và hàng trăm cây xanh bật gốc. Ngành điện cho biết khoảng 40.000 hộ dân đang bị mất điện."),
    ("translation", "mekongledger", 1, "04:00", "Storm makes landfall in Vietnam's Quang Ngai, unroofing 2,300 homes",
     "Storm No. 12 made landfall in central Vietnam's Quang Ngai province on Monday morning with gusts of up to 133 km/h, tearing the roofs off more than 2,300 houses and cutting power to about 40,000 households, local authorities said."),
    ("update", "songhongnews", 1, "12:00", "Cập nhật: Bão số 12 làm 3 người chết, gần 5.000 nhà hư hỏng",
     "Ban Chỉ huy phòng thủ dân sự tỉnh Quảng Ngãi cho biết đến chiều 16/11, bão số 12 đã làm 3 người chết, 17 người bị thương và gần 5.000 ngôi nhà bị tốc mái, hư hỏng. Khoảng 12.000 hộ dân đã có điện trở lại."),
    ("regional", "tinvan", 3, "01:00", "Tin vắn: Quảng Ngãi cấp điện trở lại sau bão số 12",
     "Đến sáng 18/11, tỉnh Quảng Ngãi đã khôi phục điện cho phần lớn hộ dân bị ảnh hưởng bởi bão số 12. Cơn bão làm 3 người chết và gần 5.000 ngôi nhà bị tốc mái, hư hỏng."),
])
O("vil1-quangngai-coach-crash", "lookalike", "baomientrung", 1, "08:00", "Quảng Ngãi: Xe khách giường nằm lật trên cao tốc, 9 người bị thương",
  "Trưa 16/11, một xe khách giường nằm chạy tuyến Đà Nẵng – TP.HCM bị lật trên cao tốc Đà Nẵng – Quảng Ngãi đoạn qua xã Bình Sơn, làm 9 hành khách bị thương. Nguyên nhân ban đầu được xác định do tài xế ngủ gật.")
S("vi2-caugiay-fire", [
    ("original", "songhongnews", 2, "00:30", "Cháy chung cư mini ở phường Cầu Giấy, 2 người tử vong",
     "Khoảng 3h sáng 17/11, một chung cư mini 7 tầng trong ngõ phố Trần Thái Tông, phường Cầu Giấy, Hà Nội bốc cháy dữ dội. Lực lượng cứu hỏa đã cứu được 28 người, 2 người tử vong và 6 người được đưa đi cấp cứu."),
    ("brief", "tinnhanhviet", 2, "00:40", "NÓNG: Cháy chung cư mini ở Cầu Giấy lúc rạng sáng",
     "Rạng sáng 17/11, một chung cư mini trong ngõ phố Trần Thái Tông, phường Cầu Giấy bốc cháy, nhiều người mắc kẹt đã được giải cứu. Thông tin về thương vong đang được cập nhật."),
    ("cut", "saigonngay", 2, "02:00", "Hà Nội: Giải cứu 28 người khỏi chung cư mini bốc cháy", None),
    ("update", "songhongnews", 2, "09:00", "Cập nhật: Xác định danh tính 2 nạn nhân vụ cháy chung cư mini Cầu Giấy",
     "Công an TP Hà Nội đã xác định danh tính hai nạn nhân tử vong trong vụ cháy chung cư mini ở phường Cầu Giấy rạng sáng 17/11 là hai mẹ con thuê trọ ở tầng 5. Nguyên nhân ban đầu được xác định do chập điện ở khu để xe máy tầng 1."),
    ("translation", "asiadigest", 3, "00:40", "Asia digest: Hanoi mini-apartment fire kills two",
     "A fire at a seven-storey mini-apartment building in Hanoi's Cau Giay ward killed two people early on Tuesday; firefighters rescued 28 residents and police blamed an electrical short circuit in the ground-floor parking area."),
])
O("vil2-hanoi-metro-stop", "lookalike", "tinnhanhviet", 2, "03:30", "Tàu metro Nhổn – ga Hà Nội dừng chạy gần 1 giờ do sự cố kỹ thuật",
  "Sáng 17/11, tuyến đường sắt đô thị Nhổn – ga Hà Nội phải tạm dừng khai thác gần một giờ do sự cố hệ thống cấp điện tại ga Cầu Giấy. Hàng nghìn hành khách đi làm bị ảnh hưởng, công ty vận hành đã bố trí xe buýt trung chuyển.")
O("vil4-journalism-awards", "lookalike", "baomientrung", 2, "14:00", "Trao 46 giải Báo chí miền Trung lần thứ 7 tại Đà Nẵng",
  "Tối 17/11, Hội Nhà báo các tỉnh miền Trung đã trao 46 giải báo chí cho các tác phẩm xuất sắc năm 2026 tại Đà Nẵng. Giải A thuộc về loạt bài điều tra về nạn khai thác cát trái phép trên sông Trà Khúc, Quảng Ngãi.")
S("vi3-canhsen-dalat-route", [
    ("original", "saigonngay", 2, "04:00", "Cánh Sen Airlines mở đường bay thẳng Hà Nội – Đà Lạt từ tháng 12",
     "Hãng hàng không Cánh Sen Airlines cho biết sẽ khai thác đường bay thẳng Hà Nội – Đà Lạt từ ngày 15/12 với tần suất 7 chuyến mỗi tuần. Giá vé khuyến mãi cho tháng đầu tiên từ 599.000 đồng một chiều, chưa gồm thuế phí."),
    ("rewrite", "songhongnews", 2, "06:00", "Thêm đường bay thẳng từ Nội Bài đi Liên Khương",
     "Từ 15/12, hành khách có thể bay thẳng từ Nội Bài đến Liên Khương mỗi ngày một chuyến với hãng Cánh Sen Airlines. Hãng mở bán vé khuyến mãi từ 599.000 đồng cho chặng Hà Nội – Đà Lạt trong tháng đầu khai thác."),
    ("regional", "tinvan", 3, "01:05", "Tin vắn: Cánh Sen Airlines bay thẳng Hà Nội – Đà Lạt",
     "Hãng Cánh Sen Airlines sẽ khai thác đường bay thẳng Hà Nội – Đà Lạt mỗi ngày một chuyến từ ngày 15/12, giá vé khuyến mãi từ 599.000 đồng một chiều."),
])
O("vil3-canhsen-bird-strike", "lookalike", "saigonngay", 3, "02:00", "Máy bay Cánh Sen Airlines quay lại Tân Sơn Nhất do va chạm chim",
  "Sáng 18/11, chuyến bay CS215 của Cánh Sen Airlines từ TP.HCM đi Hải Phòng đã phải quay lại sân bay Tân Sơn Nhất sau khi cất cánh khoảng 20 phút do nghi va chạm chim. 176 hành khách được chuyển sang chuyến bay khác, không ai bị thương.")
O("vil5-hanoi-fire-safety-review", "lookalike", "tinvan", 3, "01:10", "Tin vắn: Hà Nội rà soát an toàn cháy nổ tại chung cư mini",
  "Sau vụ cháy chung cư mini ở phường Cầu Giấy làm 2 người tử vong, UBND TP Hà Nội yêu cầu các phường rà soát toàn bộ chung cư mini và nhà trọ, hoàn thành trước ngày 15/12.")
O("vit-hanoi-weather-d1", "template", "thoitiethn", 1, "00:00", "Thời tiết Hà Nội ngày 16/11: Sáng sớm se lạnh, trưa chiều hửng nắng",
  "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết ngày 16/11, Hà Nội có mây, sáng sớm trời se lạnh, trưa chiều hửng nắng. Nhiệt độ thấp nhất 19 độ C, cao nhất 27 độ C, không mưa.")
O("vit-hanoi-weather-d2", "template", "thoitiethn", 2, "00:00", "Thời tiết Hà Nội ngày 17/11: Có mưa rào nhẹ, trời lạnh hơn",
  "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết ngày 17/11, Hà Nội nhiều mây, có mưa rào nhẹ rải rác, trời lạnh hơn. Nhiệt độ thấp nhất 18 độ C, cao nhất 24 độ C.")
O("vit-hanoi-weather-d3", "template", "thoitiethn", 3, "00:00", "Thời tiết Hà Nội ngày 18/11: Không mưa, đêm và sáng trời rét",
  "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết ngày 18/11, Hà Nội có mây, không mưa, đêm và sáng trời rét. Nhiệt độ thấp nhất 16 độ C, cao nhất 23 độ C.")

# ---------------------------------------------------------------- Indonesian
S("id1-kampung-melayu-flood", [
    ("original", "kabarnusa", 1, "01:30", "Banjir Rendam Kampung Melayu dan Bidara Cina, 1.200 Warga Mengungsi",
     "Luapan Kali Ciliwung merendam permukiman di Kampung Melayu dan Bidara Cina, Jakarta Timur, sejak Senin dini hari dengan ketinggian air hingga 1,8 meter. BPBD DKI Jakarta mencatat sekitar 1.200 warga mengungsi ke masjid dan sekolah terdekat."),
    ("copy", "harianpesisir", 1, "02:10", "Banjir Rendam Kampung Melayu–Bidara Cina, 1.200 Warga Mengungsi", None),
    ("rewrite", "wartajaya", 1, "03:00", "Ciliwung Meluap, Permukiman di Jatinegara Terendam hingga 1,8 Meter",
     "Ribuan rumah di Kelurahan Kampung Melayu dan Bidara Cina, Kecamatan Jatinegara, terendam setelah Kali Ciliwung meluap pada Senin (16/11/2026) dini hari. Menurut BPBD, 1.200 warga terpaksa mengungsi karena air mencapai 1,8 meter."),
    ("translation", "archipelagopost", 1, "04:30", "Ciliwung river floods East Jakarta, 1,200 evacuated",
     "The Ciliwung river burst its banks early on Monday, flooding Kampung Melayu and Bidara Cina in East Jakarta with water up to 1.8 metres deep. The city disaster agency said about 1,200 residents had moved to mosques and schools."),
    ("update", "kabarnusa", 1, "10:00", "[UPDATE] Banjir Kampung Melayu Mulai Surut, Pengungsi Kembali ke Rumah",
     "Genangan di Kampung Melayu dan Bidara Cina, Jakarta Timur, mulai surut pada Senin sore dan tinggal sekitar 40 sentimeter. BPBD DKI mencatat sebagian besar dari 1.200 pengungsi sudah kembali ke rumah untuk membersihkan lumpur."),
])
O("idl1-krl-manggarai-signal", "lookalike", "wartajaya", 1, "02:00", "Gangguan Sinyal di Manggarai, Perjalanan KRL Lintas Bogor Terlambat",
  "Perjalanan KRL Commuter Line lintas Bogor–Jakarta Kota terganggu pada Senin pagi akibat gangguan persinyalan di Stasiun Manggarai. KAI Commuter menyebut keterlambatan mencapai 30 menit, penumpang menumpuk di Stasiun Depok dan Citayam.")
S("id2-sumbawa-quake", [
    ("original", "harianpesisir", 2, "03:00", "Gempa M5,2 Guncang Sumbawa, Warga Berhamburan Keluar Rumah",
     "Gempa bumi bermagnitudo 5,2 mengguncang Kabupaten Sumbawa, Nusa Tenggara Barat, pada Selasa (17/11/2026) pukul 09.42 WITA. BMKG menyebut pusat gempa berada di laut 34 km timur laut Sumbawa Besar dengan kedalaman 12 km dan tidak berpotensi tsunami."),
    ("brief", "kabarnusa", 2, "03:05", "BREAKING: Gempa Magnitudo 5,2 Guncang Sumbawa NTB",
     "Gempa bermagnitudo 5,2 mengguncang wilayah Sumbawa, Nusa Tenggara Barat, Selasa pagi. BMKG menyatakan gempa tidak berpotensi tsunami dan warga diimbau tetap tenang serta menjauhi bangunan yang retak."),
    ("translation", "beritatimur", 2, "05:00", "Gempa bumi 5.2 magnitud gegar Sumbawa, Indonesia",
     "Gempa bumi berukuran 5.2 magnitud menggegarkan Pulau Sumbawa di wilayah Nusa Tenggara Barat, Indonesia pagi ini. Jabatan Meteorologi Malaysia (MetMalaysia) memaklumkan gempa itu tidak menimbulkan ancaman tsunami kepada negara ini."),
    ("update", "wartajaya", 2, "07:00", "[UPDATE] Gempa Sumbawa Dimutakhirkan Jadi M5,0, Puluhan Rumah Rusak",
     "BMKG memutakhirkan kekuatan gempa yang mengguncang Sumbawa pada Selasa pagi dari magnitudo 5,2 menjadi 5,0. BPBD Sumbawa mencatat 37 rumah rusak ringan di Kecamatan Moyo Hilir dan Lenangguar, tidak ada korban jiwa."),
])
O("idl2-seram-quake", "lookalike", "harianpesisir", 2, "11:00", "Gempa M4,6 Guncang Seram Bagian Timur, Tidak Berpotensi Tsunami",
  "Gempa bumi bermagnitudo 4,6 mengguncang Kabupaten Seram Bagian Timur, Maluku, pada Selasa (17/11/2026) pukul 19.05 WIT. BMKG menyebut pusat gempa berada di laut 58 km tenggara Bula dengan kedalaman 20 km dan tidak berpotensi tsunami.")
O("idl3-sumbawa-aftershock", "lookalike", "harianpesisir", 3, "01:00", "Gempa Susulan M3,8 Kembali Guncang Sumbawa",
  "Gempa susulan bermagnitudo 3,8 kembali dirasakan warga Sumbawa Besar pada Rabu (18/11/2026) pagi. BMKG mencatat ini gempa susulan ke-14 sejak gempa M5,0 pada Selasa, warga diminta tidak panik.")
S("id3-samudra-biru-ferry-fire", [
    ("original", "kabarnusa", 2, "09:00", "KMP Samudra Biru 3 Terbakar di Selat Sunda, 312 Penumpang Dievakuasi",
     "Kapal feri KMP Samudra Biru 3 yang berlayar dari Pelabuhan Merak menuju Bakauheni mengalami kebakaran di ruang mesin pada Selasa sore. Seluruh 312 penumpang dan 18 awak dievakuasi dengan kapal lain, tidak ada korban jiwa menurut Basarnas Banten."),
    ("rewrite", "wartajaya", 2, "11:00", "Ruang Mesin Terbakar, Feri Merak–Bakauheni Ditarik Kembali ke Pelabuhan",
     "Kebakaran ruang mesin melanda KMP Samudra Biru 3 di perairan Selat Sunda pada Selasa sore, sekitar satu jam setelah bertolak dari Merak. Operator PT Samudra Biru Lines memastikan 312 penumpang selamat dan kapal ditarik kembali ke Merak."),
])
O("idl4-samudra-biru-permit-frozen", "lookalike", "kabarnusa", 3, "04:00", "Kemenhub Bekukan Izin Operasi KMP Samudra Biru 3",
  "Kementerian Perhubungan membekukan sementara izin operasi KMP Samudra Biru 3 setelah kebakaran ruang mesin di Selat Sunda pada Selasa. Operator PT Samudra Biru Lines diminta menjalani audit keselamatan menyeluruh sebelum kapal kembali berlayar.")
O("idt-rupiah-d1", "template", "bursakini", 1, "09:30", "Rupiah Ditutup Menguat ke Rp16.385 per Dolar AS",
  "Nilai tukar rupiah pada penutupan perdagangan Senin (16/11/2026) menguat 25 poin atau 0,15 persen ke level Rp16.385 per dolar AS. Penguatan didorong masuknya dana asing ke pasar obligasi pemerintah.")
O("idt-rupiah-d2", "template", "bursakini", 2, "09:30", "Rupiah Ditutup Melemah ke Rp16.440 per Dolar AS",
  "Nilai tukar rupiah pada penutupan perdagangan Selasa (17/11/2026) melemah 55 poin atau 0,34 persen ke level Rp16.440 per dolar AS. Pelemahan dipicu penguatan indeks dolar AS di pasar global.")
O("idt-rupiah-d3", "template", "bursakini", 3, "09:30", "Rupiah Ditutup Menguat Tipis ke Rp16.430 per Dolar AS",
  "Nilai tukar rupiah pada penutupan perdagangan Rabu (18/11/2026) menguat 10 poin atau 0,06 persen ke level Rp16.430 per dolar AS. Pelaku pasar menanti hasil Rapat Dewan Gubernur Bank Indonesia.")

# ---------------------------------------------------------------- Malay
S("ms1-kelantan-floods", [
    ("original", "suarasemenanjung", 1, "00:30", "Banjir: Mangsa di Kelantan meningkat kepada 4,812 orang",
     "Jumlah mangsa banjir di Kelantan meningkat kepada 4,812 orang daripada 1,390 keluarga pagi ini, berbanding 2,105 orang malam tadi. Mereka ditempatkan di 41 pusat pemindahan sementara (PPS) di Pasir Mas, Tumpat dan Kota Bharu."),
    ("rewrite", "beritatimur", 1, "02:00", "Pasir Mas paling teruk dilanda banjir, 41 PPS dibuka di Kelantan",
     "Daerah Pasir Mas merekodkan jumlah mangsa tertinggi apabila banjir melanda beberapa daerah di Kelantan sejak malam tadi. Secara keseluruhan 4,812 mangsa kini berlindung di 41 PPS, menurut portal Info Bencana JKM."),
    ("translation", "archipelagopost", 1, "03:00", "Kelantan flood evacuees rise to 4,812",
     "The number of people evacuated because of floods in the Malaysian state of Kelantan rose to 4,812 on Monday morning, up from 2,105 overnight. They are sheltering in 41 relief centres in Pasir Mas, Tumpat and Kota Bharu, the welfare department said."),
    ("update", "kotaraya", 1, "10:00", "KEMAS KINI: Mangsa banjir Kelantan cecah 6,430 orang petang ini",
     "Jumlah mangsa banjir di Kelantan terus meningkat kepada 6,430 orang daripada 1,872 keluarga setakat jam 4 petang ini. Sebanyak 52 PPS kini dibuka, dengan Pasir Mas dan Tumpat masih mencatatkan jumlah mangsa tertinggi."),
    ("translation", "asiadigest", 3, "00:30", "Asia digest: Kelantan flood evacuees top 6,400",
     "The number of people sheltering from floods in Malaysia's Kelantan state passed 6,400 on Monday evening, with 52 relief centres open, most of them in Pasir Mas and Tumpat."),
])
O("msl1-johor-bahru-flash-flood", "lookalike", "kotaraya", 1, "08:00", "Banjir kilat: Mangsa di Johor Bahru meningkat kepada 312 orang",
  "Jumlah mangsa banjir kilat di Johor Bahru meningkat kepada 312 orang daripada 86 keluarga petang ini selepas hujan lebat selama tiga jam. Mereka ditempatkan di tiga PPS di Tampoi dan Kempas.")
S("ms2-lrt-kelana-jaya", [
    ("original", "kotaraya", 2, "00:30", "Gangguan teknikal, perkhidmatan LRT laluan Kelana Jaya tergendala",
     "Perkhidmatan LRT laluan Kelana Jaya tergendala pagi ini akibat gangguan teknikal antara stesen KLCC dan Ampang Park, menyebabkan ribuan penumpang terkandas pada waktu puncak. Rapid Rail menyediakan bas perantara percuma di stesen terjejas."),
    ("brief", "suarasemenanjung", 2, "00:45", "TERKINI: LRT laluan Kelana Jaya tergendala antara KLCC dan Ampang Park",
     "Perkhidmatan LRT laluan Kelana Jaya antara stesen KLCC dan Ampang Park tergendala pagi ini akibat gangguan teknikal. Penumpang dinasihatkan menggunakan bas perantara yang disediakan Rapid Rail."),
])
O("msl2-chow-kit-fire", "lookalike", "beritatimur", 2, "07:00", "Kebakaran di Chow Kit, tiga premis kedai musnah",
  "Tiga premis kedai di Jalan Raja Bot, Chow Kit, musnah dalam kebakaran tengah hari tadi. Jabatan Bomba dan Penyelamat Kuala Lumpur memaklumkan api berjaya dikawal dalam masa 30 minit dan tiada kecederaan dilaporkan.")

# ---------------------------------------------------------------- Tagalog
S("tl1-surigao-quake", [
    ("original", "balitangbayan", 1, "02:00", "Magnitude 5.6 na lindol, yumanig sa Surigao del Sur",
     "Niyanig ng magnitude 5.6 na lindol ang Surigao del Sur bandang 9:48 ng umaga nitong Lunes, ayon sa Phivolcs. Natukoy ang sentro nito sa karagatang 22 kilometro silangan ng bayan ng Hinatuan, at wala pang naiulat na pinsala o nasugatan."),
    ("rewrite", "tinigmaynila", 1, "03:00", "Hinatuan, niyanig ng malakas na lindol; mga estudyante, pinalabas ng paaralan",
     "Pinalabas ang mga estudyante sa mga paaralan sa Hinatuan at Bislig matapos tumama ang magnitude 5.6 na lindol sa Surigao del Sur nitong Lunes ng umaga. Ayon sa Phivolcs, tectonic ang pinagmulan nito at inaasahan ang mga aftershock."),
    ("translation", "archipelagopost", 1, "04:00", "Magnitude 5.6 quake jolts Surigao del Sur",
     "A magnitude 5.6 earthquake struck off Surigao del Sur in the southern Philippines on Monday morning, Phivolcs said. The epicentre was at sea 22 km east of Hinatuan; students were evacuated from schools, but no damage was reported."),
    ("update", "balitangbayan", 1, "08:00", "UPDATE: Lindol sa Surigao del Sur, ibinaba ng Phivolcs sa magnitude 5.4",
     "Ibinaba ng Phivolcs sa magnitude 5.4 mula 5.6 ang lakas ng lindol na tumama sa Surigao del Sur nitong Lunes ng umaga. Ayon sa lokal na pamahalaan ng Hinatuan, may ilang bitak sa isang paaralan at palengke pero walang nasaktan."),
])
O("tll1-batangas-quake", "lookalike", "tinigmaynila", 1, "09:00", "Magnitude 4.1 na lindol, yumanig sa Batangas",
  "Niyanig ng magnitude 4.1 na lindol ang Batangas bandang 4:12 ng hapon nitong Lunes, ayon sa Phivolcs. Natukoy ang sentro nito sa karagatang 15 kilometro timog-kanluran ng bayan ng Calatagan, at walang inaasahang pinsala.")
O("tll3-hinatuan-aftershock", "lookalike", "pahayagan", 2, "01:00", "Panibagong lindol, naramdaman sa Hinatuan",
  "Isang magnitude 4.3 na aftershock ang muling yumanig sa Hinatuan, Surigao del Sur nitong Martes ng madaling-araw, ayon sa Phivolcs. Ito na ang pinakamalakas sa mahigit 60 aftershock mula sa lindol noong Lunes.")
S("tl2-mrt3-glitch", [
    ("original", "tinigmaynila", 2, "00:30", "MRT-3, nagka-aberya; mga pasahero, naglakad sa riles",
     "Napilitang bumaba at maglakad sa riles ang humigit-kumulang 800 pasahero ng MRT-3 matapos tumirik ang isang tren sa pagitan ng Ortigas at Shaw Boulevard stations nitong Martes ng umaga. Ayon sa DOTr, sira sa sistema ng kuryente ang sanhi ng aberya."),
    ("brief", "balitangbayan", 2, "00:40", "BREAKING: Tren ng MRT-3, tumirik sa pagitan ng Ortigas at Shaw",
     "Tumirik ang isang tren ng MRT-3 sa pagitan ng Ortigas at Shaw Boulevard stations ngayong Martes ng umaga. Pinababa ang mga pasahero at limitado muna ang biyahe ng linya."),
])
O("tll2-tondo-fire", "lookalike", "pahayagan", 2, "05:00", "Sunog sa Tondo, 60 pamilya nawalan ng tirahan",
  "Tinupok ng apoy ang humigit-kumulang 30 bahay sa isang residential area sa Tondo, Maynila nitong Martes ng tanghali, dahilan para mawalan ng tirahan ang 60 pamilya. Umabot sa ikalawang alarma ang sunog bago ideklarang fire out ng BFP makalipas ang dalawang oras.")
O("tls1-iloilo-bridge", "single", "tinigmaynila", 3, "03:00", "Bagong tulay sa Iloilo, bubuksan sa Disyembre",
  "Bubuksan na sa publiko sa Disyembre 15 ang bagong apat na linyang tulay na nagdudugtong sa Iloilo City at bayan ng Leganes, ayon sa DPWH. Inaasahang mababawasan nito nang kalahating oras ang biyahe papuntang paliparan.")

# ---------------------------------------------------------------- Swahili
S("sw1-mombasa-floods", [
    ("original", "pwanileo", 1, "04:00", "Mafuriko Mombasa: Watu watatu wafariki, mamia wakosa makazi",
     "Watu watatu wamefariki dunia na zaidi ya familia 400 kukosa makazi baada ya mvua kubwa iliyonyesha usiku kucha kusababisha mafuriko katika maeneo ya Kisauni, Bamburi na Changamwe, kaunti ya Mombasa. Shirika la Msalaba Mwekundu limesema linaendelea na shughuli za uokoaji."),
    ("rewrite", "jamhurikenya", 1, "06:00", "Mvua kubwa yasababisha maafa Kisauni na Bamburi",
     "Mvua kubwa iliyonyesha kuanzia Jumapili usiku hadi Jumatatu asubuhi imesababisha vifo vya watu watatu katika kaunti ya Mombasa. Familia zaidi ya 400 za Kisauni, Bamburi na Changamwe zimehamishwa, huku barabara ya Mombasa–Malindi ikifungwa kwa muda."),
    ("translation", "eastafricadesk", 1, "07:00", "Floods in Kenya's Mombasa kill three, displace 400 families",
     "Overnight downpours flooded parts of Mombasa county, including Kisauni, Bamburi and Changamwe, killing three people and leaving more than 400 families homeless, the Kenya Red Cross said on Monday. A stretch of the Mombasa–Malindi road was briefly closed."),
    ("update", "pwanileo", 1, "14:00", "IMESASISHWA: Idadi ya waliofariki kwenye mafuriko Mombasa yafikia saba",
     "Idadi ya watu waliofariki kutokana na mafuriko katika kaunti ya Mombasa imeongezeka hadi saba baada ya miili minne kupatikana Kisauni na Changamwe. Serikali ya kaunti imesema familia 650 sasa zimehifadhiwa katika shule na makanisa."),
    ("regional", "kwaufupi", 3, "03:00", "Habari kwa ufupi: Saba wafariki kwenye mafuriko ya Mombasa",
     "Watu saba wamefariki na familia 650 kuhamishwa makazi yao baada ya mafuriko yaliyosababishwa na mvua kubwa katika maeneo ya Kisauni, Bamburi na Changamwe, kaunti ya Mombasa, mapema wiki hii."),
])
O("swl1-likoni-ferry-breakdown", "lookalike", "jamhurikenya", 1, "09:00", "Kivuko cha MV Jahazi Njema chakwama katikati ya mkondo wa Likoni",
  "Mamia ya abiria walikwama kwa zaidi ya saa moja Jumatatu mchana baada ya kivuko cha MV Jahazi Njema kuharibika injini katikati ya mkondo wa Likoni, Mombasa. Shirika la Huduma za Feri la Kenya limesema abiria wote walivushwa salama kwa kivuko kingine.")
S("sw2-kariakoo-fire", [
    ("original", "mwangaza", 2, "03:00", "Moto mkubwa wateketeza maduka Kariakoo",
     "Moto mkubwa umezuka alfajiri ya leo Jumanne katika jengo la ghorofa nne lenye maduka ya nguo na vifaa vya elektroniki mtaa wa Congo, Kariakoo jijini Dar es Salaam. Jeshi la Zimamoto na Uokoaji limesema hakuna aliyejeruhiwa, lakini mali ya mamilioni ya shilingi imeteketea."),
    ("brief", "saututanzania", 2, "03:10", "HABARI ZA HIVI PUNDE: Moto unawaka Kariakoo, mtaa wa Congo",
     "Moto mkubwa unaendelea kuwaka katika jengo la maduka mtaa wa Congo, Kariakoo jijini Dar es Salaam. Magari ya Zimamoto yamefika eneo la tukio na taarifa zaidi zitafuata."),
    ("cut", "jamhurikenya", 2, "05:00", "Jengo la maduka lateketea kwa moto Dar es Salaam", None),
    ("update", "saututanzania", 2, "09:00", "IMESASISHWA: Moto wa Kariakoo wadhibitiwa baada ya saa sita",
     "Jeshi la Zimamoto na Uokoaji limefanikiwa kuudhibiti moto uliozuka alfajiri katika jengo la maduka mtaa wa Congo, Kariakoo, baada ya saa sita za jitihada. Kamanda wa Zimamoto wa mkoa amesema maduka 48 yameteketea kabisa."),
    ("regional", "kwaufupi", 3, "03:05", "Habari kwa ufupi: Maduka 48 yateketea kwa moto Kariakoo",
     "Maduka 48 yameteketea kabisa katika moto uliozuka alfajiri ya Jumanne kwenye jengo la ghorofa nne mtaa wa Congo, Kariakoo, jijini Dar es Salaam. Hakuna aliyejeruhiwa katika tukio hilo."),
])
O("swl2-dar-brt-stoppage", "lookalike", "mwangaza", 2, "06:00", "Mabasi ya mwendokasi yasitisha huduma Kimara–Kivukoni kwa saa tatu",
  "Huduma ya mabasi yaendayo haraka (mwendokasi) kati ya Kimara na Kivukoni jijini Dar es Salaam ilisitishwa kwa takriban saa tatu Jumanne asubuhi kutokana na hitilafu ya mfumo wa tiketi za kielektroniki. Maelfu ya abiria walilazimika kutumia daladala.")
O("swl3-kariakoo-inquiry", "lookalike", "saututanzania", 3, "05:00", "Mkuu wa mkoa aunda kamati kuchunguza moto wa Kariakoo",
  "Mkuu wa Mkoa wa Dar es Salaam ameunda kamati ya watu saba kuchunguza chanzo cha moto ulioteketeza maduka 48 Kariakoo siku ya Jumanne. Kamati hiyo imepewa siku 14 kuwasilisha ripoti yake.")
S("sw3-tembo-outage", [
    ("original", "mwangaza", 2, "10:00", "Wateja wa Tembo Telecom wakosa huduma kwa saa tano",
     "Wateja wa kampuni ya simu Tembo Telecom nchini Tanzania walikosa huduma za kupiga simu, intaneti na miamala ya pesa kwa simu kwa takriban saa tano Jumanne. Kampuni hiyo imesema hitilafu ilitokea katika kituo chake kikuu cha data jijini Dar es Salaam."),
    ("rewrite", "saututanzania", 2, "12:00", "Hitilafu ya mtandao yakwamisha miamala ya Tembo Pesa",
     "Huduma ya Tembo Pesa na mawasiliano ya simu ya Tembo Telecom zilikatika kwa saa tano Jumanne kutokana na hitilafu katika kituo kikuu cha data cha kampuni hiyo jijini Dar es Salaam. Wafanyabiashara walilalamika kushindwa kupokea malipo."),
])
O("swl4-tembo-compensation", "lookalike", "mwangaza", 3, "07:00", "Tembo Telecom kuwafidia wateja kwa dakika na bando za bure",
  "Kampuni ya Tembo Telecom imetangaza kuwapa wateja wake dakika 30 za bure na gigabaiti moja ya intaneti kama fidia kwa hitilafu ya saa tano iliyotokea Jumanne. Mamlaka ya Mawasiliano Tanzania (TCRA) imeitaka kampuni hiyo kuwasilisha ripoti ya hitilafu hiyo.")

# ---------------------------------------------------------------- Amharic
S("am1-merkato-fire", [
    ("original", "addisdimts", 1, "05:00", "በመርካቶ የእሳት አደጋ ተከሰተ፤ በርካታ ሱቆች ወደሙ",
     "ዛሬ ሰኞ ኅዳር 7 ጠዋት በአዲስ አበባ መርካቶ ልብስ ተራ በሚገኝ ባለ አራት ፎቅ የንግድ ሕንፃ ላይ የእሳት አደጋ ተከስቶ በርካታ ሱቆች ወድመዋል። የአዲስ አበባ እሳትና አደጋ ሥጋት ሥራ አመራር ኮሚሽን 12 የእሳት ማጥፊያ ተሽከርካሪዎችን ወደ ስፍራው መላኩን አስታውቋል።"),
    ("rewrite", "abaypost", 1, "06:30", "የመርካቶ ልብስ ተራ በእሳት ተያያዘ",
     "በመርካቶ ልብስ ተራ ዛሬ ጠዋት በተነሳ እሳት በርካታ የልብስ ሱቆች ወድመዋል። እሳቱን ለማጥፋት 12 ተሽከርካሪዎችና ከ80 በላይ ሠራተኞች መሰማራታቸውን የከተማው እሳትና አደጋ ሥጋት ሥራ አመራር ኮሚሽን ገልጿል።"),
    ("translation", "eastafricadesk", 1, "07:30", "Fire guts shops in Addis Ababa's Merkato market",
     "A fire broke out on Monday morning in a four-storey commercial building in the clothing section of Merkato, Addis Ababa's sprawling open market, destroying dozens of shops. The city's fire and disaster risk commission sent 12 engines and more than 80 firefighters."),
    ("update", "entotoreport", 1, "12:00", "ተጨማሪ መረጃ: በመርካቶ የተነሳው እሳት በቁጥጥር ሥር ዋለ",
     "በመርካቶ ልብስ ተራ ዛሬ ጠዋት የተነሳው የእሳት አደጋ ከአምስት ሰዓታት ጥረት በኋላ ሙሉ በሙሉ በቁጥጥር ሥር መዋሉን ኮሚሽኑ አስታውቋል። በአደጋው 63 ሱቆች መውደማቸውና በሰው ላይ ጉዳት አለመድረሱ ተገልጿል።"),
])
O("aml1-addis-light-rail", "lookalike", "abaypost", 1, "09:00", "የአዲስ አበባ ቀላል ባቡር አገልግሎት በኃይል መቋረጥ ተስተጓጎለ",
  "የአዲስ አበባ ቀላል ባቡር የሰሜን–ደቡብ መስመር አገልግሎት ሰኞ ከሰዓት በኋላ በኤሌክትሪክ ኃይል መቋረጥ ምክንያት ለሁለት ሰዓታት ያህል ተቋርጧል። በሺዎች የሚቆጠሩ ተሳፋሪዎች በመርካቶና በምኒልክ አደባባይ ጣቢያዎች ላይ ለመጠበቅ ተገደዋል።")
S("am2-afar-quake", [
    ("original", "addisdimts", 2, "04:00", "በአፋር ክልል በሬክተር ስኬል 4.9 የተመዘገበ የመሬት መንቀጥቀጥ ተከሰተ",
     "በአፋር ክልል አዋሽ ፈንታሌ አካባቢ ማክሰኞ ጠዋት በሬክተር ስኬል 4.9 የተመዘገበ የመሬት መንቀጥቀጥ መከሰቱን የአዲስ አበባ ዩኒቨርሲቲ የጂኦፊዚክስ ተቋም አስታውቋል። ንዝረቱ በአዲስ አበባና በአዳማ ጭምር የተሰማ ሲሆን እስካሁን የደረሰ ጉዳት የለም።"),
    ("brief", "entotoreport", 2, "04:10", "ሰበር ዜና: በአዲስ አበባ የመሬት መንቀጥቀጥ ንዝረት ተሰማ",
     "ዛሬ ማክሰኞ ጠዋት በአዲስ አበባና አካባቢው የመሬት መንቀጥቀጥ ንዝረት ተሰምቷል። የመንቀጥቀጡ ማዕከል በአፋር ክልል አዋሽ ፈንታሌ አካባቢ መሆኑንና መጠኑ 4.9 እንደሆነ ተነግሯል።"),
])
O("ams1-bahirdar-road", "single", "abaypost", 3, "06:00", "የባሕር ዳር–ወረታ መንገድ ማስፋፊያ ተጠናቀቀ",
  "ከባሕር ዳር ወደ ወረታ የሚወስደው 60 ኪሎ ሜትር መንገድ የማስፋፊያ ግንባታ ተጠናቅቆ ረቡዕ ለአገልግሎት ክፍት ሆኗል። የኢትዮጵያ መንገዶች አስተዳደር እንዳስታወቀው ግንባታው ሦስት ዓመታት ፈጅቷል።")

# ---------------------------------------------------------------- English-led
S("e1-blue-heron-malacca", [
    ("original", "straitsshipping", 2, "02:00", "Container ship Blue Heron loses power in Strait of Malacca",
     "The 4,200-TEU container ship Blue Heron lost main-engine power in the Strait of Malacca about 20 nautical miles south-west of Port Klang early on Tuesday, drifting near the eastbound traffic lane. Malaysian maritime authorities issued a navigational warning and sent two tugs."),
    ("translation", "beritatimur", 2, "04:00", "Kapal kontena Blue Heron hilang kuasa enjin di Selat Melaka",
     "Kapal kontena Blue Heron hilang kuasa enjin di Selat Melaka kira-kira 20 batu nautika barat daya Pelabuhan Klang awal pagi ini. Agensi Penguatkuasaan Maritim Malaysia (APMM) mengeluarkan amaran pelayaran dan menghantar dua kapal tunda ke lokasi."),
    ("translation", "siamwire", 2, "06:00", "เรือคอนเทนเนอร์ Blue Heron เครื่องยนต์ดับกลางช่องแคบมะละกา",
     "เรือขนส่งตู้คอนเทนเนอร์ Blue Heron ขนาด 4,200 ทีอียู เครื่องยนต์หลักขัดข้องกลางช่องแคบมะละกา ห่างท่าเรือกลังของมาเลเซียราว 20 ไมล์ทะเล เมื่อเช้าวันอังคาร ทางการมาเลเซียส่งเรือลากจูง 2 ลำเข้าช่วยเหลือ"),
    ("update", "archipelagopost", 2, "09:00", "UPDATE 1-Disabled boxship Blue Heron towed to Port Klang anchorage",
     "Tugs towed the container ship Blue Heron, which lost engine power in the Strait of Malacca early on Tuesday, to the Port Klang anchorage by the afternoon. The operator, Harbourline Shipping, said a fuel-pump failure caused the breakdown and no one was hurt."),
    ("regional", "asiadigest", 3, "00:35", "Asia digest: Blue Heron towed to Port Klang after engine failure",
     "The container ship Blue Heron, which lost power in the Strait of Malacca on Tuesday, was towed to the Port Klang anchorage; a fuel-pump failure caused the breakdown, its operator said."),
])

# ---------------------------------------------------------------- traps
TRAPS = [
    # same place, same day, different events
    ("place", "hi1-chamoli-landslide", "hil1-tehri-bus-gorge", "Uttarakhand hill roads, d1"),
    ("place", "hi2-delhi-blue-line", "hil2-karol-bagh-fire", "Delhi, d2 (Blue Line runs through Karol Bagh)"),
    ("place", "bn1-mirpur-factory-fire", "bnl1-mirpur-workers-blockade", "Mirpur garment factories, Dhaka, d1"),
    ("place", "ur1-lyari-building-collapse", "url1-karachi-water-main", "Karachi, d1"),
    ("place", "ta1-chennai-rain-subways", "tal1-chennai-mrts-signal", "Chennai, d1"),
    ("place", "th1-pattaya-speedboat", "thl1-pattaya-condo-fire", "Pattaya, d1"),
    ("place", "th2-bts-silom-outage", "thl2-lat-krabang-warehouse-fire", "Bangkok, d2"),
    ("place", "vi1-quangngai-storm", "vil1-quangngai-coach-crash", "Quảng Ngãi, d1"),
    ("place", "vi2-caugiay-fire", "vil2-hanoi-metro-stop", "Cầu Giấy, Hanoi, d2"),
    ("place", "id1-kampung-melayu-flood", "idl1-krl-manggarai-signal", "East/South Jakarta along the Ciliwung, d1"),
    ("place", "ms2-lrt-kelana-jaya", "msl2-chow-kit-fire", "Kuala Lumpur, d2"),
    ("place", "tl2-mrt3-glitch", "tll2-tondo-fire", "Metro Manila, d2"),
    ("place", "sw1-mombasa-floods", "swl1-likoni-ferry-breakdown", "Mombasa, d1"),
    ("place", "sw2-kariakoo-fire", "swl2-dar-brt-stoppage", "Dar es Salaam city centre, d2"),
    ("place", "sw2-kariakoo-fire", "sw3-tembo-outage", "Dar es Salaam, d2"),
    ("place", "am1-merkato-fire", "aml1-addis-light-rail", "Merkato, Addis Ababa, d1"),
    # same company or institution
    ("company", "hi3-suryodaya-recall", "hil3-suryodaya-ceo", "Suryodaya Auto: recall vs CEO resigns next day"),
    ("company", "vi3-canhsen-dalat-route", "vil3-canhsen-bird-strike", "Cánh Sen Airlines: new route vs bird strike next day"),
    ("company", "sw3-tembo-outage", "swl4-tembo-compensation", "Tembo Telecom: outage vs compensation decision next day"),
    # template twins and series
    ("template", "tl1-surigao-quake", "tll1-batangas-quake", "Magnitude ... na lindol, yumanig sa ... (Phivolcs)"),
    ("template", "ur2-swat-quake", "url2-zhob-quake", "... اور گرد و نواح میں ... شدت کا زلزلہ"),
    ("template", "id2-sumbawa-quake", "idl2-seram-quake", "Gempa M... Guncang ..."),
    ("template", "ms1-kelantan-floods", "msl1-johor-bahru-flash-flood", "Banjir: Mangsa di ... meningkat kepada ..."),
    ("template", "bnt-dhaka-aqi-d1", "bnt-dhaka-aqi-d3", "বায়ুদূষণে আজ বিশ্বে ঢাকা ..."),
]
for series in ("hit-sensex", "tat-chennai-gold", "tht-bkk-weather", "vit-hanoi-weather", "idt-rupiah"):
    for a, b in ((1, 2), (2, 3), (1, 3)):
        TRAPS.append(("template", "%s-d%d" % (series, a), "%s-d%d" % (series, b), "series"))
TRAPS += [
    # vocabulary
    ("vocab", "hi1-chamoli-landslide", "hi3-suryodaya-recall", "संक्षेप में: column d3"),
    ("vocab", "hi1-chamoli-landslide", "hi2-delhi-blue-line", "अपडेट: of two events, one outlet (lokvani)"),
    ("vocab", "hi3-suryodaya-recall", "hit-sensex-d2", "Sensex close mentions the Suryodaya recall"),
    ("vocab", "bn1-mirpur-factory-fire", "bn2-meghna-launch-collision", "হালনাগাদ: of two events"),
    ("vocab", "ur1-lyari-building-collapse", "ur2-swat-quake", "اپ ڈیٹ: of two events"),
    ("vocab", "th1-pattaya-speedboat", "th2-bts-silom-outage", "อัปเดต: of two events"),
    ("vocab", "vi1-quangngai-storm", "vil4-journalism-awards", "bão (storm) vs báo (press), Quảng Ngãi"),
    ("vocab", "vi1-quangngai-storm", "vi3-canhsen-dalat-route", "Tin vắn: column d3"),
    ("vocab", "vi1-quangngai-storm", "vil5-hanoi-fire-safety-review", "Tin vắn: column d3"),
    ("vocab", "vi3-canhsen-dalat-route", "vil5-hanoi-fire-safety-review", "Tin vắn: column d3"),
    ("vocab", "vi1-quangngai-storm", "vi2-caugiay-fire", "Cập nhật: of two events, one outlet"),
    ("vocab", "id1-kampung-melayu-flood", "id2-sumbawa-quake", "[UPDATE] of two events"),
    ("vocab", "sw1-mombasa-floods", "sw2-kariakoo-fire", "Habari kwa ufupi: column d3; IMESASISHWA: of both"),
    ("vocab", "ms1-kelantan-floods", "e1-blue-heron-malacca", "Asia digest: column d3; ms translation"),
    ("vocab", "ms1-kelantan-floods", "vi2-caugiay-fire", "Asia digest: column d3"),
    ("vocab", "e1-blue-heron-malacca", "vi2-caugiay-fire", "Asia digest: column d3"),
    ("vocab", "ms2-lrt-kelana-jaya", "e1-blue-heron-malacca", "TERKINI / Selat Melaka, ms d2"),
    # follow-ups that are separate stories
    ("followup", "bn2-meghna-launch-collision", "bnl2-launch-master-arrested", "arrest"),
    ("followup", "ur2-swat-quake", "url3-swat-aftershock", "aftershock"),
    ("followup", "ta2-sivakasi-blast", "tal2-sivakasi-owner-arrested", "arrest"),
    ("followup", "id2-sumbawa-quake", "idl3-sumbawa-aftershock", "aftershock"),
    ("followup", "id3-samudra-biru-ferry-fire", "idl4-samudra-biru-permit-frozen", "regulator decision"),
    ("followup", "tl1-surigao-quake", "tll3-hinatuan-aftershock", "aftershock"),
    ("followup", "sw2-kariakoo-fire", "swl3-kariakoo-inquiry", "inquiry committee"),
    ("followup", "vi2-caugiay-fire", "vil5-hanoi-fire-safety-review", "city-wide safety review"),
]

SAME_FOLLOWUPS = [
    ("hi1-chamoli-landslide", "highway reopened"),
    ("hi2-delhi-blue-line", "service restored, cause"),
    ("bn1-mirpur-factory-fire", "under control, toll revised to 5"),
    ("bn2-meghna-launch-collision", "two bodies recovered"),
    ("ur1-lyari-building-collapse", "toll revised to 9"),
    ("ur2-swat-quake", "magnitude revised to 5.4, damage"),
    ("ta1-chennai-rain-subways", "water receding, subways reopened"),
    ("th1-pattaya-speedboat", "missing tourists found"),
    ("th2-bts-silom-outage", "service restored, cause"),
    ("vi1-quangngai-storm", "toll and damage revised, power restored"),
    ("vi2-caugiay-fire", "victims identified, cause"),
    ("id1-kampung-melayu-flood", "water receding, evacuees home"),
    ("id2-sumbawa-quake", "magnitude revised to 5.0, damage"),
    ("ms1-kelantan-floods", "evacuees revised to 6,430"),
    ("tl1-surigao-quake", "magnitude revised to 5.4"),
    ("sw1-mombasa-floods", "toll revised to 7"),
    ("sw2-kariakoo-fire", "under control, 48 shops"),
    ("am1-merkato-fire", "under control, 63 shops"),
    ("e1-blue-heron-malacca", "towed to anchorage, cause"),
]

for _t in TRAPS:
    C.trap(*_t)
for _lab, _note in SAME_FOLLOWUPS:
    C.same_followup(_lab, _note)

CORPUS = C
