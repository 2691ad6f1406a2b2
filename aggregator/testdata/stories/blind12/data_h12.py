"""Week H (heldout12.json): Mon 23 – Wed 25 Nov 2026. All text written by hand.

Tuples: (kind, source, day, "HH:MM" UTC, title, summary). `cut` and `copy`
items take summary None (build.py fills it from the original). TRAPS and
SAME_FOLLOWUPS are at the end."""
import datetime as dt

from common import Corpus

C = Corpus("h12", dt.date(2026, 11, 23))
S = C.story
O = C.one

# ---------------------------------------------------------------- Hindi
S("hi1-kullu-landslide", [
    ("original", "bharatvarta", 1, "03:30", "कुल्लू में भूस्खलन, चंडीगढ़–मनाली हाईवे बंद; सैकड़ों वाहन फंसे",
     "हिमाचल प्रदेश के कुल्लू जिले में सोमवार तड़के बजौरा के पास पहाड़ी से चट्टानें और मलबा गिरने से चंडीगढ़–मनाली राष्ट्रीय राजमार्ग बंद हो गया। दोनों ओर करीब 700 वाहन फंसे हैं, एनएचएआई की मशीनें मलबा हटा रही हैं।"),
    ("rewrite", "dainikprabhat", 1, "05:00", "बजौरा के पास दरकी पहाड़ी, मनाली जाने वाले पर्यटक रास्ते में अटके",
     "कुल्लू के बजौरा के निकट सोमवार सुबह भूस्खलन के बाद चंडीगढ़–मनाली हाईवे पर आवाजाही पूरी तरह रोक दी गई। पुलिस ने बताया कि लगभग सात सौ वाहनों में सवार पर्यटक और ट्रक चालक फंसे हैं, उन्हें वैकल्पिक रास्ते से भेजने की कोशिश हो रही है।"),
    ("translation", "southasiawire", 1, "06:00", "Landslide near Bajaura blocks Chandigarh–Manali highway in Kullu",
     "A landslide near Bajaura in Himachal Pradesh's Kullu district blocked the Chandigarh–Manali national highway early on Monday, leaving about 700 vehicles stranded on both sides. NHAI machines were clearing rocks and debris, police said."),
    ("update", "lokvani", 1, "13:00", "अपडेट: बजौरा के पास चंडीगढ़–मनाली हाईवे दस घंटे बाद बहाल",
     "कुल्लू जिले में बजौरा के पास भूस्खलन से बंद चंडीगढ़–मनाली राष्ट्रीय राजमार्ग को करीब दस घंटे बाद सोमवार शाम एकतरफा यातायात के लिए खोल दिया गया। फंसे लगभग 700 वाहनों को पुलिस ने बारी-बारी से निकाला।"),
    ("regional", "sankshep", 3, "01:30", "संक्षेप में: कुल्लू में भूस्खलन के बाद मनाली हाईवे पर यातायात बहाल",
     "कुल्लू के बजौरा के पास सोमवार को भूस्खलन से बंद चंडीगढ़–मनाली राष्ट्रीय राजमार्ग पर यातायात बहाल हो गया है। मलबा पूरी तरह हटाए जाने के बाद अब दोनों ओर से वाहन चल रहे हैं।"),
])
O("hil1-mandi-bus-crash", "lookalike", "pahadpatrika", 1, "08:00", "मंडी में एचआरटीसी बस पलटी, २ की मौत, २२ घायल",
  "मंडी जिले के सरकाघाट के पास सोमवार दोपहर हिमाचल पथ परिवहन निगम की एक बस सड़क से फिसलकर पलट गई। हादसे में दो यात्रियों की मौत हो गई और २२ घायलों को नेरचौक मेडिकल कॉलेज में भर्ती कराया गया है।")
S("hi2-mumbai-western-locals", [
    ("original", "dainikprabhat", 2, "02:30", "पश्चिम रेलवे पर लोकल सेवाएं ठप, अंधेरी के पास ओवरहेड तार टूटा",
     "मुंबई में मंगलवार सुबह अंधेरी और जोगेश्वरी स्टेशनों के बीच ओवरहेड तार टूटने से पश्चिम रेलवे की उपनगरीय लोकल सेवाएं करीब डेढ़ घंटे बाधित रहीं। दफ्तर जाने के समय चर्चगेट की ओर जाने वाली ट्रेनें 30 से 40 मिनट देर से चलीं।"),
    ("brief", "bharatvarta", 2, "02:40", "ब्रेकिंग: मुंबई में पश्चिम रेलवे की लोकल ट्रेनें रुकीं, अंधेरी के पास तार टूटा",
     "मुंबई में अंधेरी और जोगेश्वरी के बीच ओवरहेड तार टूटने से मंगलवार सुबह पश्चिम रेलवे की लोकल ट्रेनें रुक गई हैं। स्टेशनों पर यात्रियों की भारी भीड़ जमा है और रेलवे कर्मचारी मरम्मत में जुटे हैं।"),
    ("cut", "rajdhanisamachar", 2, "04:00", "ओवरहेड तार टूटा, चर्चगेट जाने वाली लोकल 40 मिनट लेट", None),
    ("update", "lokvani", 2, "06:30", "अपडेट: पश्चिम रेलवे की लोकल सेवाएं सामान्य, ओवरहेड तार की मरम्मत पूरी",
     "पश्चिम रेलवे ने बताया कि अंधेरी और जोगेश्वरी के बीच टूटे ओवरहेड तार की मरम्मत के बाद मंगलवार सुबह 10 बजे से लोकल सेवाएं सामान्य हो गई हैं। रेलवे के अनुसार तार एक पुराने खंभे के झुकने से टूटा था।"),
])
O("hil2-andheri-building-fire", "lookalike", "rajdhanisamachar", 2, "09:00", "अंधेरी में व्यावसायिक इमारत में आग, 30 लोगों को सुरक्षित निकाला गया",
  "मुंबई के अंधेरी पूर्व में मंगलवार दोपहर एक सात मंजिला व्यावसायिक इमारत की चौथी मंजिल पर आग लग गई। दमकल विभाग ने सीढ़ियों और हाइड्रोलिक प्लेटफॉर्म की मदद से 30 लोगों को सुरक्षित निकाला, कोई घायल नहीं हुआ।")
S("hi3-gangotri-syrup-recall", [
    ("original", "bharatvarta", 2, "07:00", "गंगोत्री फार्मा ने खांसी के सिरप की 3,40,000 बोतलें वापस मंगाईं",
     "हरिद्वार स्थित दवा कंपनी गंगोत्री फार्मा ने गुणवत्ता जांच में अशुद्धि मिलने के बाद अपने खांसी के सिरप ‘कफमुक्त’ के तीन बैचों की 3,40,000 बोतलें बाजार से वापस मंगाने की घोषणा की है। कंपनी ने दुकानदारों से इन बैचों की बिक्री तुरंत रोकने को कहा है।"),
    ("translation", "southasiawire", 2, "08:00", "Gangotri Pharma recalls 3.4 lakh bottles of cough syrup",
     "Haridwar-based drugmaker Gangotri Pharma is recalling 3,40,000 bottles from three batches of its Kafmukt cough syrup after quality tests found an impurity. The company asked chemists to stop selling the batches immediately."),
    ("rewrite", "lokvani", 2, "09:30", "‘कफमुक्त’ सिरप के तीन बैच बाजार से हटेंगे, 3.4 लाख बोतलें वापस",
     "गंगोत्री फार्मा के ‘कफमुक्त’ खांसी सिरप के तीन बैचों में अशुद्धि पाए जाने के बाद कंपनी करीब 3.4 लाख बोतलें वापस ले रही है। दवा विक्रेताओं से कहा गया है कि वे इन बैचों का स्टॉक कंपनी के वितरकों को लौटा दें।"),
    ("regional", "sankshep", 3, "01:35", "संक्षेप में: गंगोत्री फार्मा का खांसी सिरप वापस",
     "हरिद्वार की गंगोत्री फार्मा ने अशुद्धि मिलने पर ‘कफमुक्त’ खांसी सिरप के तीन बैचों की 3,40,000 बोतलें बाजार से वापस मंगाई हैं। दुकानदारों से इन बैचों की बिक्री रोकने को कहा गया है।"),
])
O("hil3-gangotri-acquisition", "lookalike", "dainikprabhat", 3, "05:00", "गंगोत्री फार्मा ने सौराष्ट्र लाइफसाइंसेज को 410 करोड़ रुपये में खरीदा",
  "हरिद्वार की दवा कंपनी गंगोत्री फार्मा ने बुधवार को राजकोट स्थित सौराष्ट्र लाइफसाइंसेज में 100 प्रतिशत हिस्सेदारी 410 करोड़ रुपये में खरीदने का समझौता किया। सौदा अगले साल मार्च तक पूरा होने की उम्मीद है।")
O("hit-sarafa-d1", "template", "bazaarbhav", 1, "10:00", "सर्राफा बाजार: सोना 350 रुपये चढ़कर 1,28,400 रुपये, चांदी 1,62,000 रुपये किलो",
  "अखिल भारतीय सर्राफा संघ के अनुसार दिल्ली में सोमवार को 99.9 प्रतिशत शुद्धता वाला सोना 350 रुपये चढ़कर 1,28,400 रुपये प्रति 10 ग्राम पर बंद हुआ। चांदी 900 रुपये की तेजी के साथ 1,62,000 रुपये प्रति किलोग्राम रही।")
O("hit-sarafa-d2", "template", "bazaarbhav", 2, "10:00", "सर्राफा बाजार: सोना 600 रुपये गिरकर 1,27,800 रुपये, चांदी 1,60,500 रुपये किलो",
  "अखिल भारतीय सर्राफा संघ के अनुसार दिल्ली में मंगलवार को 99.9 प्रतिशत शुद्धता वाला सोना 600 रुपये गिरकर 1,27,800 रुपये प्रति 10 ग्राम पर बंद हुआ। चांदी 1,500 रुपये टूटकर 1,60,500 रुपये प्रति किलोग्राम रही।")
O("hit-sarafa-d3", "template", "bazaarbhav", 3, "10:00", "सर्राफा बाजार: सोना 200 रुपये चढ़कर 1,28,000 रुपये, चांदी 1,60,500 रुपये किलो",
  "अखिल भारतीय सर्राफा संघ के अनुसार दिल्ली में बुधवार को 99.9 प्रतिशत शुद्धता वाला सोना 200 रुपये चढ़कर 1,28,000 रुपये प्रति 10 ग्राम पर बंद हुआ। चांदी 1,60,500 रुपये प्रति किलोग्राम पर स्थिर रही।")
O("his1-lucknow-sports-fest", "single", "lokvani", 3, "06:15", "लखनऊ में 5 दिसंबर से राज्य स्तरीय खेल महोत्सव",
  "उत्तर प्रदेश की राजधानी लखनऊ में 5 दिसंबर से राज्य स्तरीय खेल महोत्सव का आयोजन होगा। खेल विभाग के अनुसार एक सप्ताह चलने वाले इस आयोजन में 18 खेलों के करीब 3,000 खिलाड़ी भाग लेंगे।")

# ---------------------------------------------------------------- Bengali
S("bn1-ctg-port-container-fire", [
    ("original", "banglabarta", 1, "04:00", "চট্টগ্রাম বন্দরের কনটেইনার ইয়ার্ডে আগুন",
     "চট্টগ্রাম বন্দরের নিউমুরিং কনটেইনার টার্মিনালের একটি ইয়ার্ডে সোমবার সকালে রাসায়নিকভর্তি কনটেইনারে আগুন লেগেছে। ফায়ার সার্ভিসের ১০টি ইউনিট আগুন নেভানোর চেষ্টা করছে, এ পর্যন্ত দুজন শ্রমিক আহত হয়েছেন বলে জানিয়েছে বন্দর কর্তৃপক্ষ।"),
    ("rewrite", "dhakaprohor", 1, "05:30", "নিউমুরিং টার্মিনালে রাসায়নিকের কনটেইনারে অগ্নিকাণ্ড, আহত ২",
     "চট্টগ্রাম বন্দরের নিউমুরিং টার্মিনালে সোমবার সকালে রাসায়নিক পণ্যবাহী কয়েকটি কনটেইনারে আগুন ধরে যায়। ঘন কালো ধোঁয়ায় আশপাশের এলাকা ঢেকে গেছে, দগ্ধ দুই শ্রমিককে চট্টগ্রাম মেডিকেল কলেজ হাসপাতালে নেওয়া হয়েছে।"),
    ("translation", "southasiawire", 1, "07:00", "Fire hits chemical containers at Chattogram port",
     "Fire broke out in several containers loaded with chemicals at the New Mooring Container Terminal of Bangladesh's Chattogram port on Monday morning, injuring two workers. Ten fire service units were fighting the blaze, the port authority said."),
    ("update", "karnaphulikantha", 1, "11:00", "হালনাগাদ: চট্টগ্রাম বন্দরের আগুন নিয়ন্ত্রণে, ক্ষতিগ্রস্ত ১৪ কনটেইনার",
     "চট্টগ্রাম বন্দরের নিউমুরিং টার্মিনালের কনটেইনার ইয়ার্ডের আগুন চার ঘণ্টার চেষ্টায় নিয়ন্ত্রণে এসেছে বলে জানিয়েছে ফায়ার সার্ভিস। বন্দর কর্তৃপক্ষ জানায়, আগুনে ১৪টি কনটেইনার ক্ষতিগ্রস্ত হয়েছে এবং টার্মিনালের কার্যক্রম আবার শুরু হয়েছে।"),
    ("regional", "padmapatra", 2, "01:00", "চট্টগ্রাম বন্দরে কনটেইনারে আগুন, ১৪টি ক্ষতিগ্রস্ত",
     "চট্টগ্রাম বন্দরের নিউমুরিং কনটেইনার টার্মিনালে সোমবার রাসায়নিকভর্তি কনটেইনারে লাগা আগুন চার ঘণ্টা পর নিয়ন্ত্রণে আসে। আগুনে ১৪টি কনটেইনার ক্ষতিগ্রস্ত হয়েছে, আহত দুই শ্রমিক চিকিৎসাধীন।"),
])
O("bnl1-ctg-port-workers-strike", "lookalike", "karnaphulikantha", 1, "08:00", "চট্টগ্রাম বন্দরে ডক শ্রমিকদের কর্মবিরতি, পণ্য ওঠানামা ব্যাহত",
  "মজুরি বাড়ানোর দাবিতে চট্টগ্রাম বন্দরের ডক শ্রমিকরা সোমবার দুপুর থেকে চার ঘণ্টার কর্মবিরতি পালন করেছেন। এতে জেটিতে থাকা ১২টি জাহাজে পণ্য ওঠানামা বন্ধ ছিল, পরে নৌপরিবহন মন্ত্রণালয়ের আশ্বাসে শ্রমিকরা কাজে ফেরেন।")
S("bn2-mawa-expressway-bus-crash", [
    ("original", "dhakaprohor", 2, "02:00", "ঢাকা-মাওয়া এক্সপ্রেসওয়েতে দুই বাসের সংঘর্ষ, নিহত ৬",
     "মুন্সিগঞ্জের শ্রীনগর অংশে ঢাকা-মাওয়া এক্সপ্রেসওয়েতে মঙ্গলবার সকালে দুটি যাত্রীবাহী বাসের সংঘর্ষে ছয়জন নিহত ও অন্তত ২০ জন আহত হয়েছেন। হাইওয়ে পুলিশ জানায়, একটি বাস লেন পরিবর্তনের সময় পেছন থেকে অন্যটি ধাক্কা দেয়।"),
    ("brief", "banglabarta", 2, "02:10", "ব্রেকিং: এক্সপ্রেসওয়েতে বাস সংঘর্ষে হতাহত",
     "ঢাকা-মাওয়া এক্সপ্রেসওয়ের শ্রীনগর এলাকায় মঙ্গলবার সকালে দুই বাসের সংঘর্ষে বেশ কয়েকজন হতাহত হয়েছেন। আহতদের উদ্ধার করে হাসপাতালে নেওয়া হচ্ছে, বিস্তারিত আসছে।"),
    ("cut", "padmapatra", 2, "04:00", "শ্রীনগরে এক্সপ্রেসওয়েতে বাসের পেছনে বাসের ধাক্কা", None),
    ("update", "banglabarta", 2, "09:00", "হালনাগাদ: এক্সপ্রেসওয়েতে বাস সংঘর্ষে মৃতের সংখ্যা বেড়ে ৮",
     "ঢাকা-মাওয়া এক্সপ্রেসওয়েতে মঙ্গলবার সকালে দুই বাসের সংঘর্ষে আহতদের মধ্যে আরও দুজন হাসপাতালে মারা যাওয়ায় মৃতের সংখ্যা বেড়ে আটজনে দাঁড়িয়েছে। আহত ১৮ জন ঢাকা মেডিকেল কলেজ হাসপাতালে চিকিৎসাধীন।"),
])
O("bnl2-expressway-driver-arrested", "lookalike", "padmapatra", 3, "04:00", "এক্সপ্রেসওয়েতে বাস সংঘর্ষ: চালক গ্রেপ্তার",
  "ঢাকা-মাওয়া এক্সপ্রেসওয়েতে মঙ্গলবারের বাস সংঘর্ষের ঘটনায় একটি বাসের চালক জাহিদ হোসেনকে বুধবার কেরানীগঞ্জ থেকে গ্রেপ্তার করেছে পুলিশ। নিহত এক যাত্রীর ভাই শ্রীনগর থানায় মামলা করেছেন।")
S("bn3-dhaka-metro-power-fault", [
    ("original", "banglabarta", 2, "10:00", "বিদ্যুৎ বিভ্রাটে মেট্রোরেল চলাচল দুই ঘণ্টা বন্ধ",
     "বিদ্যুৎ সরবরাহে ত্রুটির কারণে মঙ্গলবার বিকেলে উত্তরা উত্তর থেকে মতিঝিল পর্যন্ত মেট্রোরেল চলাচল প্রায় দুই ঘণ্টা বন্ধ ছিল। ঢাকা ম্যাস ট্রানজিট কোম্পানি লিমিটেড জানায়, আগারগাঁও এলাকার একটি সাবস্টেশনে সমস্যা দেখা দিয়েছিল।"),
    ("rewrite", "dhakaprohor", 2, "11:30", "আগারগাঁওয়ের সাবস্টেশনে ত্রুটি, মাঝপথে থেমে গেল মেট্রো",
     "মঙ্গলবার বিকেলে আগারগাঁওয়ের একটি বিদ্যুৎ সাবস্টেশনে ত্রুটির কারণে মেট্রোরেলের ট্রেনগুলো মাঝপথে থেমে যায় এবং প্রায় দুই ঘণ্টা চলাচল বন্ধ থাকে। অফিসফেরত হাজারো যাত্রী স্টেশনে আটকা পড়েন, সন্ধ্যা সাড়ে ছয়টায় সেবা স্বাভাবিক হয়।"),
    ("regional", "karnaphulikantha", 3, "01:00", "ঢাকায় দুই ঘণ্টা বন্ধ ছিল মেট্রোরেল",
     "বিদ্যুৎ সাবস্টেশনে ত্রুটির কারণে মঙ্গলবার বিকেলে ঢাকায় উত্তরা উত্তর থেকে মতিঝিল পর্যন্ত মেট্রোরেল চলাচল প্রায় দুই ঘণ্টা বন্ধ ছিল। সন্ধ্যায় সেবা স্বাভাবিক হয়।"),
])
O("bnt-gold-price-d1", "template", "sonarbazar", 1, "12:00", "ভরিতে ১,৫৭৫ টাকা বাড়ল স্বর্ণের দাম",
  "বাংলাদেশ জুয়েলার্স সমিতি (বাজুস) সোমবার ভালো মানের অর্থাৎ ২২ ক্যারেটের এক ভরি স্বর্ণের দাম ১,৫৭৫ টাকা বাড়িয়ে ২,১৪,৫১৮ টাকা নির্ধারণ করেছে। নতুন দাম মঙ্গলবার থেকে সারা দেশে কার্যকর হবে।")
O("bnt-gold-price-d3", "template", "sonarbazar", 3, "12:00", "ভরিতে ২,০৯৯ টাকা কমল স্বর্ণের দাম",
  "বাংলাদেশ জুয়েলার্স সমিতি (বাজুস) বুধবার ভালো মানের অর্থাৎ ২২ ক্যারেটের এক ভরি স্বর্ণের দাম ২,০৯৯ টাকা কমিয়ে ২,১২,৪১৯ টাকা নির্ধারণ করেছে। নতুন দাম বৃহস্পতিবার থেকে সারা দেশে কার্যকর হবে।")
O("bns1-rajshahi-child-hospital", "single", "dhakaprohor", 3, "06:30", "রাজশাহীতে ২৫০ শয্যার শিশু হাসপাতাল চালু",
  "রাজশাহী মেডিকেল কলেজ হাসপাতাল চত্বরে নির্মিত ২৫০ শয্যার নতুন শিশু হাসপাতাল বুধবার চালু হয়েছে। স্বাস্থ্য অধিদপ্তর জানায়, এতে শিশুদের জন্য ২০ শয্যার নিবিড় পরিচর্যা কেন্দ্রও রয়েছে।")

# ---------------------------------------------------------------- Urdu
S("ur1-sundar-factory-fire", [
    ("original", "lahorenama", 1, "04:30", "سندر انڈسٹریل اسٹیٹ کی فیکٹری میں آگ، ۵ مزدور جاں بحق",
     "لاہور کے قریب سندر انڈسٹریل اسٹیٹ میں پیر کی صبح ایک کپڑا بنانے والی فیکٹری میں آگ لگنے سے پانچ مزدور جاں بحق اور سات جھلس گئے۔ ریسکیو حکام کے مطابق آگ بوائلر سیکشن سے شروع ہوئی اور فائر بریگیڈ کی 14 گاڑیاں آگ بجھانے میں مصروف ہیں۔"),
    ("copy", "awazekarachi", 1, "05:30", "لاہور: سندر انڈسٹریل اسٹیٹ کی فیکٹری میں آگ، ۵ مزدور جاں بحق", None),
    ("rewrite", "khabarnamapk", 1, "06:30", "سندر اسٹیٹ کی ٹیکسٹائل فیکٹری شعلوں کی لپیٹ میں، مزدور اندر پھنس گئے",
     "لاہور–ملتان روڈ کے قریب سندر انڈسٹریل اسٹیٹ کی ایک ٹیکسٹائل فیکٹری میں پیر کو لگنے والی آگ میں کم از کم پانچ مزدور ہلاک ہو گئے۔ عینی شاہدین کے مطابق دوسری منزل پر کام کرنے والے مزدور اندر پھنس گئے، سات زخمیوں کو جنرل اسپتال منتقل کیا گیا۔"),
    ("translation", "southasiawire", 1, "07:30", "Fire at textile factory near Lahore kills five workers",
     "A fire at a textile factory in the Sundar Industrial Estate near Lahore killed five workers and injured seven on Monday morning, rescue officials said. The blaze started in the boiler section and 14 fire engines were at the scene."),
    ("update", "lahorenama", 1, "14:00", "اپ ڈیٹ: سندر فیکٹری کی آگ پر قابو، جاں بحق مزدوروں کی تعداد ۸ ہو گئی",
     "سندر انڈسٹریل اسٹیٹ کی فیکٹری میں لگی آگ پر سات گھنٹے بعد قابو پا لیا گیا ہے، جبکہ ملبے سے مزید تین لاشیں ملنے کے بعد جاں بحق مزدوروں کی تعداد ۸ ہو گئی ہے۔ ریسکیو حکام کے مطابق کولنگ کا عمل جاری ہے۔"),
])
O("url1-lahore-orange-line", "lookalike", "khabarnamapk", 1, "10:00", "لاہور: اورنج لائن میٹرو ٹرین کی سروس دو گھنٹے معطل",
  "لاہور میں اورنج لائن میٹرو ٹرین کی سروس پیر کی سہ پہر بجلی کی فراہمی میں تعطل کے باعث تقریباً دو گھنٹے معطل رہی۔ ہزاروں مسافر ڈیرہ گجراں سے علی ٹاؤن تک مختلف اسٹیشنوں پر پھنسے رہے، بعد ازاں سروس بحال کر دی گئی۔")
S("ur2-chitral-quake", [
    ("original", "sarhadtimes", 2, "04:00", "چترال اور گرد و نواح میں 5.0 شدت کا زلزلہ",
     "خیبر پختونخوا کے ضلع چترال اور ملحقہ علاقوں میں منگل کی صبح 5.0 شدت کے زلزلے کے جھٹکے محسوس کیے گئے۔ محکمہ موسمیات کے مطابق زلزلے کا مرکز کوہ ہندوکش میں چترال سے 60 کلومیٹر شمال میں اور گہرائی 190 کلومیٹر تھی، کسی جانی نقصان کی اطلاع نہیں ملی۔"),
    ("brief", "awazekarachi", 2, "04:10", "بریکنگ نیوز: چترال، پشاور اور سوات میں زلزلے کے جھٹکے",
     "خیبر پختونخوا کے مختلف شہروں چترال، پشاور اور سوات میں منگل کی صبح زلزلے کے جھٹکے محسوس کیے گئے۔ زلزلے کی شدت 5.0 بتائی گئی ہے اور لوگ خوف کے عالم میں گھروں سے باہر نکل آئے۔"),
    ("update", "lahorenama", 2, "08:00", "اپ ڈیٹ: چترال زلزلے کی شدت پر نظرثانی، 4.8 ریکارڈ",
     "محکمہ موسمیات نے منگل کی صبح چترال میں آنے والے زلزلے کی شدت پر نظرثانی کرتے ہوئے اسے 4.8 قرار دیا ہے۔ ضلعی انتظامیہ کے مطابق کسی علاقے سے جانی یا مالی نقصان کی اطلاع نہیں ملی۔"),
])
O("url2-gwadar-quake", "lookalike", "khabarnamapk", 2, "11:00", "گوادر اور گرد و نواح میں 4.4 شدت کا زلزلہ",
  "بلوچستان کے ساحلی شہر گوادر اور ملحقہ علاقوں میں منگل کی شام 4.4 شدت کے زلزلے کے جھٹکے محسوس کیے گئے۔ محکمہ موسمیات کے مطابق زلزلے کا مرکز سمندر میں گوادر سے 45 کلومیٹر جنوب مغرب میں اور گہرائی 15 کلومیٹر تھی، کسی نقصان کی اطلاع نہیں ملی۔")
O("url3-chitral-aftershock", "lookalike", "sarhadtimes", 3, "03:00", "چترال میں پھر زلزلہ، 4.1 شدت کا آفٹر شاک",
  "چترال اور گرد و نواح میں بدھ کی صبح ایک بار پھر 4.1 شدت کا زلزلہ آیا، جسے محکمہ موسمیات نے منگل کے زلزلے کا آفٹر شاک قرار دیا ہے۔ شہری کچھ دیر گھروں سے باہر رہے، کسی نقصان کی اطلاع نہیں ملی۔")
S("ur3-sindh-cng-closure", [
    ("original", "awazekarachi", 2, "12:00", "سندھ میں سی این جی اسٹیشن جمعرات سے تین دن بند رہیں گے",
     "گیس کی تقسیم کار کمپنی نے گیس کی قلت کے باعث کراچی سمیت سندھ بھر میں سی این جی اسٹیشن جمعرات سے ہفتے کی صبح تک بند رکھنے کا اعلان کیا ہے۔ کمپنی کے مطابق گھریلو صارفین کو گیس کی فراہمی یقینی بنانے کے لیے یہ فیصلہ کیا گیا۔"),
    ("rewrite", "khabarnamapk", 2, "13:30", "رکشہ اور ویگن والے پریشان، کراچی میں سی این جی کی تین روزہ بندش",
     "گیس کی تقسیم کار کمپنی نے کراچی اور سندھ کے دیگر شہروں میں تمام سی این جی اسٹیشن جمعرات سے ہفتے کی صبح تک بند رکھنے کا فیصلہ کیا ہے۔ ٹرانسپورٹرز کا کہنا ہے کہ 72 گھنٹے کی بندش سے شہر میں پبلک ٹرانسپورٹ متاثر ہوگی۔"),
])
O("urs1-multan-metro-route", "single", "lahorenama", 3, "07:00", "ملتان میٹرو بس کے نئے روٹ کا افتتاح",
  "ملتان میں میٹرو بس کے نئے نو کلومیٹر طویل روٹ کا بدھ کو افتتاح کر دیا گیا جو چونگی نمبر نو کو بہاؤالدین زکریا یونیورسٹی سے ملائے گا۔ حکام کے مطابق روزانہ پچیس ہزار مسافر اس روٹ سے فائدہ اٹھائیں گے۔")

# ---------------------------------------------------------------- Tamil
S("ta1-nilgiris-landslide", [
    ("original", "tamilmalar", 1, "02:30", "நீலகிரியில் மண்சரிவு: மேட்டுப்பாளையம்–உதகை சாலையில் போக்குவரத்து துண்டிப்பு",
     "நீலகிரி மாவட்டத்தில் விடிய விடிய பெய்த கனமழையால் மேட்டுப்பாளையம்–உதகை சாலையில் பர்லியார் அருகே திங்கள்கிழமை அதிகாலை மண்சரிவு ஏற்பட்டது. சாலையில் பாறைகளும் மரங்களும் விழுந்ததால் இருபுறமும் நூற்றுக்கணக்கான வாகனங்கள் நிறுத்தப்பட்டன."),
    ("rewrite", "kovaimurasu", 1, "04:00", "பர்லியார் அருகே பாறைகள் சரிவு: உதகை வாகனங்கள் கோத்தகிரி வழியாகத் திருப்பிவிடல்",
     "மேட்டுப்பாளையம்–உதகை சாலையில் பர்லியார் பகுதியில் திங்கள்கிழமை அதிகாலை ஏற்பட்ட மண்சரிவால் போக்குவரத்து முற்றிலும் நிறுத்தப்பட்டது. உதகைக்குச் செல்லும் வாகனங்கள் கோத்தகிரி சாலை வழியாகத் திருப்பி விடப்படுவதாக நீலகிரி மாவட்ட காவல்துறை தெரிவித்தது."),
    ("translation", "southasiawire", 1, "05:00", "Landslide cuts Mettupalayam–Ooty road in the Nilgiris",
     "A landslide triggered by overnight rain blocked the Mettupalayam–Ooty road near Burliar in Tamil Nadu's Nilgiris district early on Monday, stranding hundreds of vehicles on both sides. Police diverted Ooty-bound traffic via Kotagiri."),
    ("update", "kaveriseithi", 1, "11:00", "அப்டேட்: பர்லியார் மண்சரிவு அகற்றம், உதகை சாலையில் மீண்டும் போக்குவரத்து",
     "மேட்டுப்பாளையம்–உதகை சாலையில் பர்லியார் அருகே ஏற்பட்ட மண்சரிவை நெடுஞ்சாலைத் துறையினர் எட்டு மணி நேரம் போராடி அகற்றினர். திங்கள்கிழமை மாலை முதல் அந்தச் சாலையில் வாகனப் போக்குவரத்து மீண்டும் தொடங்கியது, இருபுறமும் காத்திருந்த வாகனங்கள் அனுப்பி வைக்கப்பட்டன."),
    ("regional", "chennaiosai", 2, "01:00", "நீலகிரி மண்சரிவு: உதகை சாலையில் போக்குவரத்து சீரானது",
     "நீலகிரி மாவட்டம் பர்லியார் அருகே திங்கள்கிழமை அதிகாலை ஏற்பட்ட மண்சரிவால் துண்டிக்கப்பட்ட மேட்டுப்பாளையம்–உதகை சாலையில் மண் அகற்றப்பட்டு போக்குவரத்து சீரானது. சுற்றுலாப் பயணிகளின் வாகனங்களும் அரசுப் பேருந்துகளும் வழக்கம்போல் இயக்கப்படுகின்றன."),
])
O("tal1-ooty-van-crash", "lookalike", "kovaimurasu", 1, "08:00", "உதகை அருகே சுற்றுலா வேன் கவிழ்ந்து விபத்து: 11 பேர் காயம்",
  "கேரளத்திலிருந்து வந்த சுற்றுலாப் பயணிகளின் வேன் திங்கள்கிழமை மதியம் உதகை–கூடலூர் சாலையில் தவளைமலை அருகே கவிழ்ந்தது. இதில் 11 பேர் காயமடைந்து உதகை அரசு மருத்துவமனையில் சிகிச்சை பெற்று வருகின்றனர், ஓட்டுநரின் கவனக்குறைவே காரணம் என போலீஸார் தெரிவித்தனர்.")
S("ta2-ambattur-factory-fire", [
    ("original", "kaveriseithi", 2, "05:30", "அம்பத்தூர் தொழிற்பேட்டையில் தீ விபத்து: ஒருவர் பலி",
     "சென்னை அம்பத்தூர் தொழிற்பேட்டையில் உள்ள ஒரு பிளாஸ்டிக் பொருள்கள் தயாரிக்கும் தொழிற்சாலையில் செவ்வாய்க்கிழமை காலை பயங்கர தீ விபத்து ஏற்பட்டது. இதில் ஒரு தொழிலாளி உயிரிழந்தார், மூன்று பேர் தீக்காயங்களுடன் கீழ்ப்பாக்கம் அரசு மருத்துவமனையில் சேர்க்கப்பட்டனர்."),
    ("brief", "tamilmalar", 2, "05:40", "பிரேக்கிங்: அம்பத்தூர் தொழிற்பேட்டையில் பயங்கர தீ விபத்து",
     "சென்னை அம்பத்தூர் தொழிற்பேட்டையில் உள்ள ஒரு தொழிற்சாலையில் செவ்வாய்க்கிழமை காலை பயங்கர தீ விபத்து ஏற்பட்டுள்ளது. பத்துக்கும் மேற்பட்ட தீயணைப்பு வாகனங்கள் தீயை அணைக்கும் பணியில் ஈடுபட்டுள்ளன, அப்பகுதி முழுவதும் கரும்புகை சூழ்ந்துள்ளது."),
    ("cut", "chennaiosai", 2, "07:00", "பிளாஸ்டிக் தொழிற்சாலையில் தீ: தொழிலாளி உயிரிழப்பு, மூவர் காயம்", None),
])
O("tal2-ambattur-owner-arrested", "lookalike", "kaveriseithi", 3, "05:00", "அம்பத்தூர் தீ விபத்து: தொழிற்சாலை உரிமையாளர் கைது",
  "அம்பத்தூர் தொழிற்பேட்டையில் செவ்வாய்க்கிழமை ஒரு தொழிலாளி உயிரிழந்த தீ விபத்து தொடர்பாக பிளாஸ்டிக் தொழிற்சாலையின் உரிமையாளர் ராஜசேகரன் புதன்கிழமை கைது செய்யப்பட்டார். தீத்தடுப்பு உபகரணங்கள் இல்லாமல் தொழிற்சாலை இயங்கியதாக போலீஸார் தெரிவித்தனர்.")
for _d, _day, _date in ((1, "திங்கள்கிழமை", "நவ.23"), (2, "செவ்வாய்க்கிழமை", "நவ.24"), (3, "புதன்கிழமை", "நவ.25")):
    O("tat-chennai-fuel-d%d" % _d, "template", "thangamvilai", _d, "00:45", "சென்னையில் இன்றைய (%s) பெட்ரோல், டீசல் விலை நிலவரம்" % _date,
      "சென்னையில் %s பெட்ரோல் லிட்டருக்கு ரூ.100.80-க்கும், டீசல் லிட்டருக்கு ரூ.92.39-க்கும் விற்பனை செய்யப்படுகிறது. சர்வதேச சந்தையில் கச்சா எண்ணெய் விலை மாறியபோதும் எண்ணெய் நிறுவனங்கள் இன்றும் விலையில் எந்த மாற்றமும் செய்யவில்லை." % _day)
O("tas1-trichy-kl-flight", "single", "tamilmalar", 3, "07:30", "திருச்சியிலிருந்து கோலாலம்பூருக்கு புதிய தினசரி விமான சேவை",
  "திருச்சிராப்பள்ளி சர்வதேச விமான நிலையத்திலிருந்து கோலாலம்பூருக்கு தனியார் விமான நிறுவனம் ஒன்று டிசம்பர் 10 முதல் தினசரி நேரடி விமான சேவையைத் தொடங்குகிறது. இதற்கான டிக்கெட் முன்பதிவு புதன்கிழமை தொடங்கியது.")

# ---------------------------------------------------------------- Thai
S("th1-phuket-tour-boat-fire", [
    ("original", "siamwire", 1, "03:00", "ไฟไหม้เรือนำเที่ยวกลางทะเลภูเก็ต นักท่องเที่ยว 38 คนกระโดดน้ำหนี",
     "เกิดเหตุเพลิงไหม้ห้องเครื่องเรือนำเที่ยวลำหนึ่ง ขณะพานักท่องเที่ยว 38 คนจากท่าเรือรัษฎาไปเกาะพีพี เมื่อเช้าวันจันทร์ นักท่องเที่ยวต้องสวมเสื้อชูชีพกระโดดลงทะเล เจ้าหน้าที่ช่วยขึ้นเรือลำอื่นได้ทั้งหมด บาดเจ็บเล็กน้อย 3 คน"),
    ("rewrite", "krungthepdaily", 1, "04:30", "ระทึก! เรือท่องเที่ยวไฟลุกระหว่างทางไปเกาะพีพี ช่วยชีวิตได้ครบ 38 คน",
     "เรือนำเที่ยวที่ออกจากท่าเรือรัษฎา จ.ภูเก็ต เกิดไฟลุกไหม้ที่ห้องเครื่องกลางทะเลเช้าวันนี้ (23 พ.ย.) ผู้โดยสาร 38 คนซึ่งส่วนใหญ่เป็นชาวต่างชาติ ได้รับการช่วยเหลือขึ้นเรือประมงและเรือของตำรวจน้ำ มีผู้บาดเจ็บเล็กน้อย 3 คน"),
    ("translation", "mekongledger", 1, "05:30", "Tour boat catches fire off Phuket; all 38 passengers rescued",
     "A tour boat carrying 38 passengers from Rassada pier to Phi Phi caught fire in its engine room off Phuket on Monday morning, forcing passengers to jump into the sea in life jackets. All were rescued by nearby boats; three had minor injuries."),
    ("update", "siamwire", 1, "10:00", "อัปเดต: เรือนำเที่ยวไฟไหม้ที่ภูเก็ตจมลงแล้ว เจ้าท่าเผยต้นเพลิงจากท่อน้ำมันรั่ว",
     "เรือนำเที่ยวที่เกิดเพลิงไหม้กลางทะเลภูเก็ตเมื่อเช้าวันจันทร์ได้จมลงห่างเกาะพีพีราว 12 กิโลเมตร เจ้าท่าภูเก็ตเผยผลตรวจสอบเบื้องต้นว่าต้นเพลิงเกิดจากท่อน้ำมันเชื้อเพลิงรั่วในห้องเครื่อง"),
    ("regional", "andamannews", 2, "00:30", "เรือนำเที่ยวไฟไหม้กลางทะเล ผู้โดยสารรอดทั้ง ๓๘ คน",
     "จากเหตุเรือนำเที่ยวเกิดเพลิงไหม้ระหว่างทางจากท่าเรือรัษฎาไปเกาะพีพีเมื่อวันที่ ๒๓ พ.ย. ผู้โดยสารทั้ง ๓๘ คนปลอดภัย ต้นเพลิงมาจากท่อน้ำมันรั่วในห้องเครื่อง"),
])
O("thl1-patong-flash-flood", "lookalike", "andamannews", 1, "09:00", "ฝนตกหนัก น้ำท่วมฉับพลันถนนสายหลักป่าตอง รถเล็กผ่านไม่ได้",
  "ฝนที่ตกหนักต่อเนื่องกว่า 2 ชั่วโมงเมื่อบ่ายวันจันทร์ ทำให้เกิดน้ำท่วมฉับพลันบนถนนราษฎร์อุทิศ 200 ปี และถนนทวีวงศ์ ในเขตเทศบาลเมืองป่าตอง จ.ภูเก็ต ระดับน้ำสูงกว่า 40 เซนติเมตร รถเล็กไม่สามารถสัญจรได้")
S("th2-mrt-blue-line-halt", [
    ("original", "krungthepdaily", 2, "00:30", "รถไฟฟ้าสายสีน้ำเงินหยุดวิ่งช่วงเช้า ผู้โดยสารติดค้างในอุโมงค์",
     "รถไฟฟ้ามหานครสายเฉลิมรัชมงคล (สายสีน้ำเงิน) เกิดเหตุขัดข้องช่วงสถานีห้วยขวางถึงสถานีพระราม 9 เมื่อเช้าวันอังคาร ขบวนรถหยุดนิ่งในอุโมงค์ราว 20 นาที ผู้โดยสารต้องเดินออกทางฉุกเฉิน ผู้ให้บริการเร่งตรวจสอบสาเหตุ"),
    ("brief", "siamwire", 2, "00:40", "ด่วน! รถไฟฟ้าสายสีน้ำเงินขัดข้อง ผู้โดยสารเดินออกทางฉุกเฉิน",
     "รถไฟฟ้าเอ็มอาร์ทีสายสีน้ำเงินขัดข้องช่วงสถานีห้วยขวาง–พระราม 9 เช้านี้ (24 พ.ย.) ขบวนรถหยุดในอุโมงค์ ผู้โดยสารต้องเดินออกทางฉุกเฉิน"),
    ("cut", "khaodeethai", 2, "02:00", "ติดในอุโมงค์ 20 นาที! สายสีน้ำเงินหยุดวิ่งช่วงห้วยขวาง", None),
    ("update", "krungthepdaily", 2, "04:00", "อัปเดต: รถไฟฟ้าสายสีน้ำเงินเปิดให้บริการปกติแล้ว สาเหตุจากระบบจ่ายไฟ",
     "ผู้ให้บริการรถไฟฟ้าสายสีน้ำเงินแจ้งว่าเปิดให้บริการตามปกติทุกสถานีแล้วตั้งแต่เวลา 09.40 น. หลังแก้ไขระบบจ่ายไฟฟ้าที่ขัดข้องช่วงสถานีห้วยขวางถึงพระราม 9 เมื่อเช้าวันอังคาร"),
])
O("thl2-huai-khwang-fire", "lookalike", "khaodeethai", 2, "08:00", "ไฟไหม้อาคารพาณิชย์ย่านห้วยขวาง ผู้อยู่อาศัยหนีตายวุ่น",
  "เกิดเหตุเพลิงไหม้อาคารพาณิชย์ 4 ชั้นในซอยประชาราษฎร์บำเพ็ญ เขตห้วยขวาง กรุงเทพฯ เมื่อบ่ายวันอังคาร เจ้าหน้าที่ดับเพลิงใช้เวลาราว 1 ชั่วโมงจึงควบคุมเพลิงได้ ผู้อยู่อาศัยหนีออกมาได้ทั้งหมด")
O("tht-set-close-d1", "template", "hoonthai", 1, "10:00", "หุ้นไทยปิดตลาดวันนี้ (23 พ.ย.) บวก 8.45 จุด ที่ 1,312.60 จุด",
  "ดัชนีตลาดหลักทรัพย์แห่งประเทศไทย (SET) ปิดการซื้อขายวันจันทร์ที่ 23 พฤศจิกายน ที่ระดับ 1,312.60 จุด เพิ่มขึ้น 8.45 จุด หรือ 0.65% มูลค่าการซื้อขาย 42,350 ล้านบาท")
O("tht-set-close-d2", "template", "hoonthai", 2, "10:00", "หุ้นไทยปิดตลาดวันนี้ (24 พ.ย.) ลบ 7.42 จุด ที่ 1,305.18 จุด",
  "ดัชนีตลาดหลักทรัพย์แห่งประเทศไทย (SET) ปิดการซื้อขายวันอังคารที่ 24 พฤศจิกายน ที่ระดับ 1,305.18 จุด ลดลง 7.42 จุด หรือ 0.57% มูลค่าการซื้อขาย 45,120 ล้านบาท")
O("tht-set-close-d3", "template", "hoonthai", 3, "10:00", "หุ้นไทยปิดตลาดวันนี้ (25 พ.ย.) บวก 4.79 จุด ที่ 1,309.97 จุด",
  "ดัชนีตลาดหลักทรัพย์แห่งประเทศไทย (SET) ปิดการซื้อขายวันพุธที่ 25 พฤศจิกายน ที่ระดับ 1,309.97 จุด เพิ่มขึ้น 4.79 จุด หรือ 0.37% มูลค่าการซื้อขาย 38,760 ล้านบาท")
O("ths1-khonkaen-bus-terminal", "single", "siamwire", 3, "05:00", "ขอนแก่นเปิดใช้สถานีขนส่งผู้โดยสารแห่งใหม่ริมถนนมิตรภาพ",
  "เทศบาลนครขอนแก่นเปิดใช้สถานีขนส่งผู้โดยสารแห่งใหม่ริมถนนมิตรภาพอย่างเป็นทางการเมื่อวันพุธ รองรับรถโดยสารได้วันละกว่า 900 เที่ยว และมีจุดเชื่อมต่อรถสองแถวเข้าตัวเมือง")

# ---------------------------------------------------------------- Vietnamese
S("vi1-khanhhoa-storm", [
    ("original", "tinnhanhviet", 1, "01:00", "Bão số 14 đổ bộ Khánh Hòa, hàng trăm lồng bè bị đánh chìm",
     "Rạng sáng 23/11, bão số 14 đã đổ bộ vào đất liền tỉnh Khánh Hòa với sức gió mạnh cấp 11, giật cấp 13. Theo báo cáo ban đầu, hơn 1.800 ngôi nhà bị tốc mái, hàng trăm lồng bè nuôi trồng thủy sản trên vịnh Nha Trang bị sóng đánh chìm và khoảng 150.000 khách hàng mất điện."),
    ("rewrite", "baomientrung", 1, "02:30", "Gió giật cấp 13 quật đổ cây xanh, tốc mái hơn 1.800 nhà ở Khánh Hòa",
     "Cơn bão số 14 quét qua Khánh Hòa sáng nay (23/11), làm hơn 1.800 căn nhà bị tốc mái và hàng trăm lồng bè trên vịnh Nha Trang bị chìm. Ngành điện cho biết khoảng 150.000 khách hàng đang bị mất điện."),
    ("translation", "mekongledger", 1, "04:00", "Storm slams into Vietnam's Khanh Hoa, damaging 1,800 homes",
     "Storm No. 14 made landfall in south-central Vietnam's Khanh Hoa province early on Monday with gusts of up to 149 km/h, unroofing more than 1,800 houses, sinking hundreds of fish-farm cages in Nha Trang Bay and knocking out power to about 150,000 customers."),
    ("update", "songhongnews", 1, "12:00", "Cập nhật: Bão số 14 làm 2 người chết, hơn 4.600 nhà hư hỏng",
     "Ban Chỉ huy phòng thủ dân sự tỉnh Khánh Hòa cho biết đến chiều 23/11, bão số 14 đã làm 2 người chết, 11 người bị thương và hơn 4.600 ngôi nhà bị tốc mái, hư hỏng. Thiệt hại về lồng bè thủy sản ước tính khoảng 300 tỷ đồng."),
    ("regional", "tinvan", 3, "01:00", "Tin vắn: Khánh Hòa khôi phục điện sau bão số 14",
     "Đến sáng 25/11, ngành điện đã cấp điện trở lại cho hơn 90% khách hàng ở Khánh Hòa bị mất điện do bão số 14. Cơn bão làm 2 người chết và hơn 4.600 ngôi nhà hư hỏng."),
])
O("vil1-khanhle-coach-crash", "lookalike", "baomientrung", 1, "08:00", "Khánh Hòa: Xe khách tông vách núi trên đèo Khánh Lê, 7 người bị thương",
  "Trưa 23/11, một xe khách chở 30 người từ Đà Lạt về Nha Trang đã tông vào vách núi trên đèo Khánh Lê, làm 7 hành khách bị thương. Nguyên nhân ban đầu được xác định do xe mất phanh khi xuống dốc.")
O("vil4-nhatrang-bilingual-paper", "lookalike", "baomientrung", 2, "06:00", "Ra mắt tờ báo song ngữ Việt – Anh đầu tiên ở Nha Trang",
  "Ngày 24/11, tờ báo điện tử song ngữ Việt – Anh Nha Trang Today chính thức ra mắt bạn đọc, tập trung vào tin du lịch và đời sống ven biển Khánh Hòa. Tòa soạn cho biết mỗi ngày sẽ đăng khoảng 40 tin, bài.")
S("vi2-binhtan-workshop-fire", [
    ("original", "saigonngay", 2, "00:30", "Cháy xưởng may ở phường Bình Tân, 3 người tử vong",
     "Khoảng 2h sáng 24/11, một xưởng may kết hợp nhà ở trên đường Tên Lửa, phường Bình Tân, TP.HCM bốc cháy dữ dội. Lực lượng cứu hỏa đã cứu được 9 người, 3 người tử vong và 4 người được đưa đi cấp cứu."),
    ("brief", "tinnhanhviet", 2, "00:40", "NÓNG: Cháy xưởng may ở Bình Tân lúc rạng sáng, nhiều người mắc kẹt",
     "Rạng sáng 24/11, một xưởng may trên đường Tên Lửa, phường Bình Tân, TP.HCM bốc cháy, nhiều người mắc kẹt bên trong. Thông tin về thương vong đang được cập nhật."),
    ("cut", "songhongnews", 2, "02:00", "TP.HCM: Xưởng may bốc cháy lúc rạng sáng, cứu được 9 người", None),
    ("update", "saigonngay", 2, "09:00", "Cập nhật: Xác định danh tính 3 nạn nhân vụ cháy xưởng may ở Bình Tân",
     "Công an TP.HCM đã xác định danh tính ba nạn nhân tử vong trong vụ cháy xưởng may ở phường Bình Tân rạng sáng 24/11 là công nhân ngủ lại ở tầng lửng. Nguyên nhân ban đầu được xác định do chập điện tại khu vực máy vắt sổ."),
    ("translation", "asiadigest", 3, "00:40", "Asia digest: Ho Chi Minh City workshop fire kills three",
     "A fire at a garment workshop on Ten Lua street in Ho Chi Minh City's Binh Tan ward killed three workers sleeping on a mezzanine early on Tuesday; nine people were rescued and police blamed an electrical fault."),
])
O("vil2-hcmc-metro-signal", "lookalike", "tinnhanhviet", 2, "03:30", "Metro số 1 Bến Thành – Suối Tiên dừng chạy 45 phút do sự cố tín hiệu",
  "Sáng 24/11, tuyến metro số 1 Bến Thành – Suối Tiên phải tạm dừng khai thác khoảng 45 phút do sự cố hệ thống tín hiệu đoạn ga Văn Thánh – ga Tân Cảng. Hàng nghìn hành khách bị ảnh hưởng trong giờ cao điểm.")
S("vi3-dongxanh-milk-recall", [
    ("original", "saigonngay", 2, "04:00", "Sữa Đồng Xanh thu hồi 2 lô sữa tiệt trùng có đường",
     "Công ty cổ phần Sữa Đồng Xanh cho biết đang thu hồi hai lô sữa tiệt trùng có đường hộp 180ml, hạn dùng tháng 5/2027, do phát hiện bao bì có thể bị hở mối hàn. Khách hàng có thể đổi sản phẩm tại các điểm bán trên toàn quốc."),
    ("rewrite", "songhongnews", 2, "06:00", "Hở mối hàn bao bì, hai lô sữa hộp 180ml bị thu hồi",
     "Hai lô sữa tiệt trùng có đường loại hộp 180ml của Sữa Đồng Xanh đang được thu hồi vì nguy cơ hở mối hàn bao bì. Doanh nghiệp cam kết đổi mới miễn phí cho người tiêu dùng đã mua sản phẩm có hạn dùng tháng 5/2027."),
    ("regional", "tinvan", 3, "01:05", "Tin vắn: Sữa Đồng Xanh thu hồi hai lô sữa tiệt trùng",
     "Công ty Sữa Đồng Xanh đang thu hồi hai lô sữa tiệt trùng có đường hộp 180ml, hạn dùng tháng 5/2027, do bao bì có thể bị hở mối hàn; khách hàng được đổi sản phẩm miễn phí."),
])
O("vil3-dongxanh-ceo-resigns", "lookalike", "saigonngay", 3, "02:00", "Tổng giám đốc Sữa Đồng Xanh từ nhiệm",
  "Công ty cổ phần Sữa Đồng Xanh vừa công bố ông Trần Minh Khoa, tổng giám đốc, đã nộp đơn từ nhiệm vì lý do cá nhân từ ngày 25/11. Hội đồng quản trị giao phó tổng giám đốc Lê Thị Hạnh tạm thời điều hành công ty.")
O("vil5-hcmc-workshop-inspections", "lookalike", "tinvan", 3, "01:10", "Tin vắn: TP.HCM kiểm tra phòng cháy tại xưởng sản xuất trong khu dân cư",
  "Sau vụ cháy xưởng may ở phường Bình Tân làm 3 người chết, Công an TP.HCM sẽ kiểm tra phòng cháy chữa cháy tại toàn bộ xưởng sản xuất trong khu dân cư từ ngày 1/12 và xử lý nghiêm cơ sở vi phạm.")
O("vit-gold-price-d1", "template", "giavangnay", 1, "02:00", "Giá vàng hôm nay 23/11: Vàng miếng tăng 500.000 đồng mỗi lượng",
  "Sáng 23/11, giá vàng miếng trong nước được các doanh nghiệp niêm yết ở mức 152,5 – 154,5 triệu đồng/lượng (mua vào – bán ra), tăng 500.000 đồng mỗi lượng so với cuối tuần trước. Giá vàng thế giới giao dịch quanh 4.120 USD/ounce.")
O("vit-gold-price-d2", "template", "giavangnay", 2, "02:00", "Giá vàng hôm nay 24/11: Vàng miếng giảm 800.000 đồng mỗi lượng",
  "Sáng 24/11, giá vàng miếng trong nước được các doanh nghiệp niêm yết ở mức 151,7 – 153,7 triệu đồng/lượng (mua vào – bán ra), giảm 800.000 đồng mỗi lượng so với hôm qua. Giá vàng thế giới giao dịch quanh 4.095 USD/ounce.")
O("vit-gold-price-d3", "template", "giavangnay", 3, "02:00", "Giá vàng hôm nay 25/11: Vàng miếng đứng yên",
  "Sáng 25/11, giá vàng miếng trong nước được các doanh nghiệp niêm yết ở mức 151,7 – 153,7 triệu đồng/lượng (mua vào – bán ra), không đổi so với hôm qua. Giá vàng thế giới giao dịch quanh 4.101 USD/ounce.")

# ---------------------------------------------------------------- Indonesian
S("id1-semarang-tidal-flood", [
    ("original", "kabarnusa", 1, "01:30", "Banjir Rob Rendam Kawasan Pelabuhan Tanjung Emas Semarang",
     "Banjir rob setinggi 40 hingga 80 sentimeter merendam kawasan Pelabuhan Tanjung Emas dan permukiman di Kelurahan Bandarharjo, Semarang Utara, sejak Senin pagi. BPBD Kota Semarang mencatat sekitar 2.400 rumah tergenang dan aktivitas bongkar muat di sebagian dermaga terhenti."),
    ("copy", "harianpesisir", 1, "02:10", "Rob Rendam Kawasan Pelabuhan Tanjung Emas dan Bandarharjo Semarang", None),
    ("rewrite", "wartajaya", 1, "03:00", "Air Laut Pasang, Ribuan Rumah di Semarang Utara Tergenang",
     "Pasang air laut maksimum menyebabkan rob melanda Semarang Utara pada Senin (23/11/2026), termasuk kawasan Tanjung Emas dan Bandarharjo. Menurut BPBD, 2.400 rumah tergenang dengan ketinggian air 40 sampai 80 sentimeter."),
    ("translation", "archipelagopost", 1, "04:30", "Tidal flood swamps Semarang port area, 2,400 homes hit",
     "A tidal flood up to 80 cm deep swamped the Tanjung Emas port area and the Bandarharjo neighbourhood of North Semarang on Monday, inundating about 2,400 homes and halting cargo handling at some berths, the city disaster agency said."),
    ("update", "kabarnusa", 1, "10:00", "[UPDATE] Rob Semarang Mulai Surut, Bongkar Muat Tanjung Emas Kembali Normal",
     "Genangan rob di kawasan Pelabuhan Tanjung Emas dan Bandarharjo, Semarang Utara, mulai surut pada Senin sore seiring turunnya pasang air laut. Aktivitas bongkar muat di seluruh dermaga kembali normal, sementara warga membersihkan rumah dari lumpur."),
])
O("idl1-semarang-tawang-train", "lookalike", "wartajaya", 1, "02:00", "Gangguan Lokomotif, Kereta Api Tertahan Dua Jam di Stasiun Semarang Tawang",
  "Sebuah kereta api jarak jauh relasi Semarang Tawang–Pasar Senen tertahan hampir dua jam di Stasiun Semarang Tawang pada Senin pagi akibat gangguan lokomotif. KAI Daop 4 Semarang mengganti lokomotif dan memberikan kompensasi kepada 480 penumpang.")
S("id2-garut-quake", [
    ("original", "harianpesisir", 2, "03:00", "Gempa M5,6 Guncang Garut, Getaran Terasa hingga Bandung",
     "Gempa bumi bermagnitudo 5,6 mengguncang Kabupaten Garut, Jawa Barat, pada Selasa (24/11/2026) pukul 09.17 WIB. BMKG menyebut pusat gempa berada di laut 85 km barat daya Garut dengan kedalaman 30 km dan tidak berpotensi tsunami."),
    ("brief", "kabarnusa", 2, "03:05", "BREAKING: Gempa Magnitudo 5,6 Guncang Garut Jawa Barat",
     "Gempa bermagnitudo 5,6 mengguncang wilayah Garut, Jawa Barat, Selasa pagi, dan getarannya terasa hingga Bandung dan Tasikmalaya. BMKG menyatakan gempa tidak berpotensi tsunami."),
    ("translation", "beritatimur", 2, "05:00", "Gempa bumi 5.6 magnitud gegar Jawa Barat, Indonesia",
     "Gempa bumi berukuran 5.6 magnitud menggegarkan daerah Garut di wilayah Jawa Barat, Indonesia pagi ini. Jabatan Meteorologi Malaysia (MetMalaysia) memaklumkan gempa itu tidak menimbulkan ancaman tsunami kepada negara ini."),
    ("update", "wartajaya", 2, "07:00", "[UPDATE] Gempa Garut Dimutakhirkan Jadi M5,4, 120 Rumah Rusak",
     "BMKG memutakhirkan kekuatan gempa yang mengguncang Garut pada Selasa pagi dari magnitudo 5,6 menjadi 5,4. BPBD Garut mencatat 120 rumah rusak ringan hingga sedang di Kecamatan Pameungpeuk dan Cibalong, tiga warga luka ringan."),
])
O("idl2-talaud-quake", "lookalike", "harianpesisir", 2, "13:00", "Gempa M4,8 Guncang Kepulauan Talaud, Tidak Berpotensi Tsunami",
  "Gempa bumi bermagnitudo 4,8 mengguncang Kabupaten Kepulauan Talaud, Sulawesi Utara, pada Selasa (24/11/2026) pukul 20.31 WITA. BMKG menyebut pusat gempa berada di laut 72 km barat laut Melonguane dengan kedalaman 25 km dan tidak berpotensi tsunami.")
O("idl3-garut-aftershock", "lookalike", "harianpesisir", 3, "01:00", "Gempa Susulan M4,0 Kembali Guncang Garut",
  "Gempa susulan bermagnitudo 4,0 kembali dirasakan warga Garut selatan pada Rabu (25/11/2026) pagi. BMKG mencatat ini gempa susulan ke-9 sejak gempa M5,4 pada Selasa, warga diimbau tidak panik.")
S("id3-elang-nusa-return", [
    ("original", "kabarnusa", 2, "09:00", "Pesawat Elang Nusa Air Kembali ke Soekarno-Hatta karena Gangguan Mesin",
     "Pesawat Elang Nusa Air rute Jakarta–Makassar dengan nomor penerbangan EN 642 kembali mendarat di Bandara Soekarno-Hatta pada Selasa siang, sekitar 25 menit setelah lepas landas, karena gangguan pada mesin kiri. Seluruh 168 penumpang dan tujuh awak selamat."),
    ("rewrite", "wartajaya", 2, "11:00", "EN 642 Putar Balik ke Cengkareng, Penumpang ke Makassar Diberangkatkan Sore",
     "Penerbangan EN 642 milik maskapai Elang Nusa Air terpaksa kembali ke Cengkareng setelah pilot melaporkan gangguan mesin kiri, Selasa siang. Maskapai menyiapkan pesawat pengganti sehingga 168 penumpang tujuan Makassar diberangkatkan kembali pada sore hari."),
])
O("idl4-elang-nusa-order", "lookalike", "kabarnusa", 3, "04:00", "Elang Nusa Air Pesan 20 Pesawat Baru untuk Rute Indonesia Timur",
  "Maskapai Elang Nusa Air menandatangani pemesanan 20 pesawat turboprop baru senilai sekitar Rp9 triliun untuk memperkuat rute di Indonesia timur. Pengiriman pesawat pertama dijadwalkan pada kuartal ketiga 2027.")
O("idt-ihsg-d1", "template", "bursakini", 1, "09:15", "IHSG Ditutup Menguat 0,62% ke Level 7.512",
  "Indeks Harga Saham Gabungan (IHSG) pada penutupan perdagangan Senin (23/11/2026) menguat 46,3 poin atau 0,62 persen ke level 7.512,41. Nilai transaksi mencapai Rp12,4 triliun, dengan investor asing mencatat beli bersih.")
O("idt-ihsg-d2", "template", "bursakini", 2, "09:15", "IHSG Ditutup Melemah 0,85% ke Level 7.448",
  "Indeks Harga Saham Gabungan (IHSG) pada penutupan perdagangan Selasa (24/11/2026) melemah 64,1 poin atau 0,85 persen ke level 7.448,31. Nilai transaksi mencapai Rp13,1 triliun, dengan investor asing mencatat jual bersih.")
O("idt-ihsg-d3", "template", "bursakini", 3, "09:15", "IHSG Ditutup Menguat 0,21% ke Level 7.464",
  "Indeks Harga Saham Gabungan (IHSG) pada penutupan perdagangan Rabu (25/11/2026) menguat 15,6 poin atau 0,21 persen ke level 7.463,91. Nilai transaksi mencapai Rp10,8 triliun, dengan investor asing mencatat beli bersih.")

# ---------------------------------------------------------------- Malay
S("ms1-cameron-landslide", [
    ("original", "suarasemenanjung", 1, "00:30", "Tanah runtuh: Jalan Simpang Pulai–Cameron Highlands ditutup",
     "Jalan Simpang Pulai–Cameron Highlands di Kilometer 38 ditutup kepada semua kenderaan selepas berlaku tanah runtuh akibat hujan lebat sejak petang semalam. Jabatan Kerja Raya (JKR) Pahang memaklumkan kerja-kerja pembersihan sedang dijalankan dan pengguna dinasihatkan menggunakan jalan alternatif melalui Tapah."),
    ("rewrite", "beritatimur", 1, "02:00", "Laluan ke Cameron Highlands dari Ipoh terputus, tanah runtuh di KM38",
     "Pengguna dari Ipoh yang mahu ke Cameron Highlands terpaksa melalui Tapah selepas tanah runtuh menimbus Kilometer 38 Jalan Simpang Pulai–Cameron Highlands pagi ini. Menurut JKR, tiada kenderaan tertimbus dalam kejadian itu."),
    ("translation", "archipelagopost", 1, "03:00", "Landslide shuts Simpang Pulai–Cameron Highlands road",
     "A landslide after heavy rain closed the Simpang Pulai–Cameron Highlands road at kilometre 38 on Monday morning, Malaysia's public works department said. No vehicles were buried; motorists heading to Cameron Highlands from Ipoh were told to go through Tapah."),
    ("update", "kotaraya", 1, "10:00", "KEMAS KINI: Jalan Simpang Pulai–Cameron Highlands dibuka semula kepada kenderaan ringan",
     "Jalan Simpang Pulai–Cameron Highlands di Kilometer 38 yang ditutup akibat tanah runtuh pagi tadi dibuka semula kepada kenderaan ringan mulai jam 5 petang ini. JKR Pahang memaklumkan satu lorong dibuka secara berselang-seli dengan kawalan polis."),
    ("translation", "asiadigest", 3, "00:30", "Asia digest: Cameron Highlands road reopens after landslide",
     "The Simpang Pulai–Cameron Highlands road in Malaysia, closed by a landslide at kilometre 38 on Monday morning, reopened to light vehicles in the evening with one lane under police control."),
])
O("msl1-kundasang-landslide", "lookalike", "kotaraya", 1, "08:00", "Tanah runtuh: Jalan Ranau–Kundasang ditutup",
  "Jalan Ranau–Kundasang berhampiran Kampung Mesilou ditutup kepada semua kenderaan selepas berlaku tanah runtuh akibat hujan lebat sejak tengah hari tadi. JKR Sabah memaklumkan kerja-kerja pembersihan sedang dijalankan dan pengguna dinasihatkan menangguhkan perjalanan.")
S("ms2-penang-bridge-lorry-fire", [
    ("original", "kotaraya", 2, "00:30", "Lori terbakar di Jambatan Pulau Pinang, trafik sesak teruk",
     "Sebuah lori kontena terbakar di KM4.2 Jambatan Pulau Pinang arah Seberang Perai pagi ini, menyebabkan kesesakan lalu lintas sejauh lapan kilometer. Jabatan Bomba dan Penyelamat Pulau Pinang berjaya memadamkan api dalam masa 20 minit dan pemandu lori tidak cedera."),
    ("brief", "suarasemenanjung", 2, "00:45", "TERKINI: Lori kontena terbakar di Jambatan Pulau Pinang",
     "Sebuah lori kontena terbakar di Jambatan Pulau Pinang arah Seberang Perai pagi ini. Pengguna jalan raya dinasihatkan menggunakan Jambatan Sultan Abdul Halim Mu'adzam Shah sebagai laluan alternatif."),
])
O("msl2-lebuh-chulia-fire", "lookalike", "beritatimur", 2, "07:00", "Kebakaran di Lebuh Chulia, dua rumah kedai warisan musnah",
  "Dua rumah kedai warisan di Lebuh Chulia, George Town, musnah dalam kebakaran tengah hari tadi. Jabatan Bomba dan Penyelamat Pulau Pinang memaklumkan api berjaya dikawal dalam masa 40 minit dan tiada kecederaan dilaporkan.")

# ---------------------------------------------------------------- Tagalog
S("tl1-taal-phreatic", [
    ("original", "balitangbayan", 1, "01:30", "Bulkang Taal, nagkaroon ng phreatic eruption",
     "Nagkaroon ng phreatic eruption ang Bulkang Taal bandang 7:52 ng umaga nitong Lunes na tumagal nang apat na minuto, ayon sa Phivolcs. Umabot sa 1,500 metro ang taas ng usok na ibinuga nito, at nananatili sa Alert Level 1 ang bulkan."),
    ("rewrite", "tinigmaynila", 1, "02:30", "Usok mula sa Taal, tanaw sa Tagaytay matapos ang maikling pagsabog",
     "Tanaw mula sa Tagaytay ang makapal na usok na ibinuga ng Bulkang Taal matapos ang apat na minutong phreatic eruption nitong Lunes ng umaga. Ayon sa Phivolcs, 1,500 metro ang taas ng plume at walang pagbabago sa Alert Level 1."),
    ("translation", "archipelagopost", 1, "03:30", "Taal Volcano has brief phreatic eruption",
     "Taal Volcano south of Manila had a four-minute phreatic eruption on Monday morning, sending a plume 1,500 metres high that was visible from Tagaytay, Phivolcs said. The volcano remains at Alert Level 1."),
    ("update", "balitangbayan", 1, "07:00", "UPDATE: Plume ng phreatic eruption ng Taal, umabot pala sa 2,400 metro",
     "Itinaas ng Phivolcs sa 2,400 metro mula 1,500 metro ang taya nito sa taas ng plume mula sa phreatic eruption ng Bulkang Taal nitong Lunes ng umaga. Nagkaroon din ng manipis na ashfall sa ilang barangay ng Agoncillo at Laurel."),
])
O("tll1-batangas-bus-crash", "lookalike", "pahayagan", 1, "08:00", "Bus, nahulog sa bangin sa Batangas; 14 sugatan",
  "Sugatan ang 14 na pasahero matapos mahulog sa bangin ang isang bus sa Lipa–Balete road sa Batangas nitong Lunes ng hapon. Ayon sa pulisya, nawalan umano ng preno ang bus habang pababa sa kurbadang bahagi ng kalsada.")
O("tll3-taal-second-eruption", "lookalike", "pahayagan", 2, "01:00", "Panibagong phreatic eruption, naitala sa Bulkang Taal",
  "Muling nagkaroon ng phreatic eruption ang Bulkang Taal bandang 5:10 ng umaga nitong Martes na tumagal nang dalawang minuto, ayon sa Phivolcs. Mas maliit ito sa pagsabog noong Lunes at 800 metro lamang ang taas ng plume.")
S("tl2-lrt1-glitch", [
    ("original", "tinigmaynila", 2, "00:30", "LRT-1, nagka-aberya; biyahe, limitado sa Baclaran–Central Terminal",
     "Nagka-aberya ang LRT-1 nitong Martes ng umaga dahil sa sira sa signaling system malapit sa Doroteo Jose station, dahilan para limitahan ang biyahe sa pagitan ng Baclaran at Central Terminal. Ayon sa operator, halos isang oras naantala ang biyahe ng libu-libong pasahero."),
    ("brief", "balitangbayan", 2, "00:40", "BREAKING: Biyahe ng LRT-1, limitado dahil sa aberya sa signaling",
     "Limitado ang biyahe ng LRT-1 ngayong Martes ng umaga dahil sa aberya sa signaling system malapit sa Doroteo Jose station. Pinapayuhan ang mga pasahero na maghanap muna ng ibang masasakyan."),
])
O("tll2-binondo-fire", "lookalike", "pahayagan", 2, "05:00", "Sunog sa Binondo, bodega ng tela natupok",
  "Natupok ng apoy ang isang tatlong palapag na bodega ng tela sa Binondo, Maynila nitong Martes ng tanghali. Umabot sa ikatlong alarma ang sunog bago ideklarang fire under control ng BFP makalipas ang tatlong oras, at walang naiulat na nasaktan.")
O("tls1-cebu-free-bus", "single", "tinigmaynila", 3, "03:00", "Libreng sakay sa mga city bus ng Cebu, pinalawig hanggang Disyembre",
  "Pinalawig ng pamahalaang lungsod ng Cebu hanggang katapusan ng Disyembre ang libreng sakay sa mga city bus para sa mga estudyante at senior citizen. Tinatayang 40,000 pasahero ang nakikinabang dito araw-araw.")

# ---------------------------------------------------------------- Swahili
S("sw1-dar-floods", [
    ("original", "mwangaza", 1, "04:00", "Mafuriko Dar es Salaam: Watu wanne wafariki, Jangwani yafungwa",
     "Watu wanne wamefariki dunia na mamia ya familia kukosa makazi baada ya mvua kubwa iliyonyesha usiku kucha kusababisha mafuriko katika maeneo ya Jangwani, Tabata na Kigogo jijini Dar es Salaam. Barabara ya Morogoro eneo la Jangwani imefungwa kwa muda kutokana na maji kujaa."),
    ("rewrite", "saututanzania", 1, "06:00", "Mvua kubwa yaleta maafa Jangwani na Tabata",
     "Mvua kubwa iliyoanza kunyesha Jumapili usiku hadi Jumatatu asubuhi imesababisha vifo vya watu wanne jijini Dar es Salaam. Familia zaidi ya 300 za Jangwani, Tabata na Kigogo zimehamishwa, huku magari yakizuiwa kupita Jangwani kwenye barabara ya Morogoro."),
    ("translation", "eastafricadesk", 1, "07:00", "Floods in Dar es Salaam kill four, close Jangwani crossing",
     "Overnight rains flooded parts of Dar es Salaam including Jangwani, Tabata and Kigogo, killing four people and displacing more than 300 families, officials said on Monday. Morogoro Road was closed at Jangwani as water covered the crossing."),
    ("update", "mwangaza", 1, "14:00", "IMESASISHWA: Waliofariki kwenye mafuriko Dar es Salaam wafikia sita",
     "Idadi ya watu waliofariki kutokana na mafuriko jijini Dar es Salaam imeongezeka hadi sita baada ya miili miwili kupatikana katika Mto Msimbazi eneo la Jangwani. Ofisi ya Mkuu wa Mkoa imesema familia 420 zimehifadhiwa katika shule za msingi."),
    ("regional", "kwaufupi", 3, "03:00", "Habari kwa ufupi: Sita wafariki kwenye mafuriko ya Dar es Salaam",
     "Watu sita wamefariki na familia 420 kuhamishwa baada ya mafuriko yaliyosababishwa na mvua kubwa katika maeneo ya Jangwani, Tabata na Kigogo jijini Dar es Salaam mapema wiki hii."),
])
O("swl1-kigamboni-ferry-breakdown", "lookalike", "saututanzania", 1, "09:00", "Kivuko cha MV Bahari Tulivu chaharibika katikati ya mkondo wa Kigamboni",
  "Mamia ya abiria walikwama kwa takriban saa moja Jumatatu mchana baada ya kivuko cha MV Bahari Tulivu kuharibika injini kikiwa katikati ya mkondo kati ya Magogoni na Kigamboni, Dar es Salaam. Wakala wa Ufundi na Umeme (TEMESA) amesema abiria wote walivushwa salama.")
S("sw2-gikomba-fire", [
    ("original", "jamhurikenya", 2, "02:00", "Moto mkubwa wateketeza vibanda soko la Gikomba",
     "Moto mkubwa umezuka alfajiri ya leo Jumanne katika soko la Gikomba jijini Nairobi na kuteketeza mamia ya vibanda vya wafanyabiashara wa nguo za mitumba. Idara ya zimamoto ya kaunti ya Nairobi imesema hakuna aliyejeruhiwa, lakini hasara inakadiriwa kuwa ya mamilioni ya shilingi."),
    ("brief", "pwanileo", 2, "02:10", "HABARI ZA HIVI PUNDE: Moto unawaka katika soko la Gikomba",
     "Moto mkubwa unaendelea kuwaka katika soko la Gikomba jijini Nairobi. Magari ya zimamoto yamefika eneo la tukio na taarifa zaidi zitafuata."),
    ("cut", "mwangaza", 2, "04:00", "Vibanda vya mitumba vyateketea Nairobi", None),
    ("update", "pwanileo", 2, "08:00", "IMESASISHWA: Moto wa Gikomba wazimwa, vibanda 600 vyateketea",
     "Wazima moto wa kaunti ya Nairobi wamefanikiwa kuuzima moto uliozuka alfajiri katika soko la Gikomba baada ya saa tano za jitihada. Maafisa wa kaunti wamesema vibanda 600 vya nguo za mitumba vimeteketea kabisa na hakuna aliyejeruhiwa."),
    ("regional", "kwaufupi", 3, "03:05", "Habari kwa ufupi: Vibanda 600 vyateketea Gikomba",
     "Vibanda 600 vya nguo za mitumba vimeteketea kabisa katika moto uliozuka alfajiri ya Jumanne katika soko la Gikomba jijini Nairobi. Hakuna aliyejeruhiwa katika tukio hilo."),
])
O("swl2-thika-road-matatu-crash", "lookalike", "jamhurikenya", 2, "06:00", "Matatu yagongana na lori Thika Road, abiria 12 wajeruhiwa",
  "Abiria 12 wamejeruhiwa baada ya matatu waliyokuwa wakisafiria kugongana na lori eneo la Roysambu kwenye barabara kuu ya Thika jijini Nairobi Jumanne asubuhi. Majeruhi wamepelekwa Hospitali Kuu ya Kenyatta na polisi wanachunguza chanzo cha ajali.")
O("swl3-gikomba-arrests", "lookalike", "jamhurikenya", 3, "05:00", "Washukiwa watatu wakamatwa kuhusiana na moto wa Gikomba",
  "Polisi jijini Nairobi wamewakamata watu watatu wanaoshukiwa kuhusika na moto ulioteketeza vibanda 600 katika soko la Gikomba siku ya Jumanne. Kamanda wa polisi wa Nairobi amesema uchunguzi unaendelea.")
S("sw3-benki-ya-pwani-outage", [
    ("original", "pwanileo", 2, "10:00", "Wateja wa Benki ya Pwani wakosa huduma za kidijitali kwa saa sita",
     "Wateja wa Benki ya Pwani walishindwa kutumia huduma za benki kwa simu, mashine za ATM na kadi kwa takriban saa sita Jumanne kutokana na hitilafu ya mfumo. Benki hiyo yenye makao makuu Mombasa imesema hitilafu ilitokea wakati wa kuboresha mfumo wake mkuu."),
    ("rewrite", "jamhurikenya", 2, "12:00", "Hitilafu ya mfumo yakwamisha ATM na miamala ya Benki ya Pwani",
     "Mashine za ATM na huduma za benki kwa simu za Benki ya Pwani zilikatika kwa saa sita Jumanne baada ya uboreshaji wa mfumo mkuu wa benki hiyo kwenda kombo. Wafanyabiashara wa Mombasa na Malindi walilalamika kushindwa kupokea malipo."),
])
O("swl4-benki-ya-pwani-results", "lookalike", "pwanileo", 3, "07:00", "Faida ya Benki ya Pwani yapanda kwa asilimia 14",
  "Benki ya Pwani imeripoti faida ya shilingi bilioni 2.3 kabla ya kodi kwa kipindi cha miezi tisa hadi Septemba, ongezeko la asilimia 14 ikilinganishwa na mwaka jana. Benki hiyo imesema ukuaji ulitokana na mikopo kwa wafanyabiashara wadogo.")

# ---------------------------------------------------------------- Amharic
S("am1-lake-tana-boat", [
    ("original", "addisdimts", 1, "05:00", "በጣና ሐይቅ ጀልባ ተገልብጦ የሦስት ሰዎች ሕይወት አለፈ",
     "ዛሬ ሰኞ ኅዳር 14 ጠዋት ከባሕር ዳር ወደ ዘጌ ባሕረ ገብ መሬት ሲጓዝ የነበረ የሞተር ጀልባ በጣና ሐይቅ ላይ ተገልብጦ የሦስት ሰዎች ሕይወት አልፏል። ጀልባዋ 26 ተሳፋሪዎችን ይዛ የነበረ ሲሆን 19 ሰዎች መትረፋቸውንና አራቱ እየተፈለጉ መሆናቸውን የክልሉ ፖሊስ አስታውቋል።"),
    ("rewrite", "abaypost", 1, "06:30", "ወደ ዘጌ ሲጓዝ የነበረ ጀልባ በጣና ሐይቅ ሰጠመ",
     "ከባሕር ዳር ወደ ዘጌ 26 ተሳፋሪዎችን ጭኖ ሲጓዝ የነበረ ጀልባ ዛሬ ጠዋት በጣና ሐይቅ ላይ በደረሰበት አደጋ ሦስት ሰዎች ሞተዋል። ፖሊስ እንደገለጸው 19 ሰዎች ሲተርፉ አራት ሰዎችን ለማግኘት ፍለጋ ቀጥሏል።"),
    ("translation", "eastafricadesk", 1, "07:30", "Boat capsizes on Ethiopia's Lake Tana, three dead",
     "A motorboat carrying 26 passengers from Bahir Dar to the Zege peninsula capsized on Lake Tana on Monday morning, killing three people, regional police said. Nineteen survived and a search was under way for four others."),
    ("update", "entotoreport", 1, "12:00", "ተጨማሪ መረጃ: በጣና ሐይቅ የጀልባ አደጋ የሟቾች ቁጥር ሰባት ደረሰ",
     "በጣና ሐይቅ ዛሬ ጠዋት በተገለበጠው ጀልባ ጠፍተው የነበሩ አራት ሰዎች አስከሬን በመገኘቱ የሟቾች ቁጥር ሰባት መድረሱን የአማራ ክልል ፖሊስ አስታውቋል። የአደጋው መንስኤ ከአቅም በላይ መጫን መሆኑ ተገልጿል።"),
])
O("aml1-bahirdar-market-fire", "lookalike", "abaypost", 1, "09:00", "በባሕር ዳር ከተማ ገበያ የእሳት አደጋ ደረሰ",
  "ሰኞ ከሰዓት በኋላ በባሕር ዳር ከተማ በሚገኝ የቀበሌ ገበያ ውስጥ በተነሳ የእሳት አደጋ ከ30 በላይ የሸቀጣ ሸቀጥ ሱቆች ወድመዋል። የከተማው የእሳት አደጋ መከላከያ ቡድን እሳቱን በሁለት ሰዓት ውስጥ መቆጣጠሩን ገልጿል፤ በሰው ላይ ጉዳት አልደረሰም።")
S("am2-metehara-quake", [
    ("original", "addisdimts", 2, "04:00", "በመተሐራ አካባቢ በሬክተር ስኬል 4.7 የተመዘገበ የመሬት መንቀጥቀጥ ተከሰተ",
     "በኦሮሚያ ክልል መተሐራ አካባቢ ማክሰኞ ጠዋት በሬክተር ስኬል 4.7 የተመዘገበ የመሬት መንቀጥቀጥ መከሰቱን የአዲስ አበባ ዩኒቨርሲቲ የጂኦፊዚክስ ተቋም አስታውቋል። ንዝረቱ በአዳማና በአዋሽ ከተሞች የተሰማ ሲሆን እስካሁን የደረሰ ጉዳት የለም።"),
    ("brief", "entotoreport", 2, "04:10", "ሰበር ዜና: በአዳማና አካባቢው የመሬት መንቀጥቀጥ ንዝረት ተሰማ",
     "ዛሬ ማክሰኞ ጠዋት በአዳማ፣ በመተሐራና በአዋሽ ከተሞች የመሬት መንቀጥቀጥ ንዝረት ተሰምቷል። የመንቀጥቀጡ መጠን በሬክተር ስኬል 4.7 መሆኑንና እስካሁን ጉዳት አለመድረሱ ተነግሯል።"),
])
O("ams1-gondar-bus-station", "single", "abaypost", 3, "06:00", "በጎንደር አዲስ የአውቶቡስ መናኸሪያ ተመረቀ",
  "በጎንደር ከተማ በ280 ሚሊዮን ብር ወጪ የተገነባው አዲሱ የአውቶቡስ መናኸሪያ ረቡዕ ተመርቆ ለአገልግሎት ክፍት ሆኗል። መናኸሪያው በቀን ከ500 በላይ አውቶቡሶችን የማስተናገድ አቅም እንዳለው ተገልጿል።")

# ---------------------------------------------------------------- English-led
S("e1-jade-falcon-phuket", [
    ("original", "straitsshipping", 2, "02:00", "Bulk carrier Jade Falcon runs aground off Phuket",
     "The 58,000-dwt bulk carrier Jade Falcon ran aground on a reef about 6 nautical miles south of Phuket's Cape Promthep early on Tuesday while sailing in ballast to Port Klang. Thailand's Marine Department said none of the 21 crew were hurt and no oil leak had been seen."),
    ("translation", "andamannews", 2, "04:00", "เรือบรรทุกสินค้า Jade Falcon เกยตื้นนอกชายฝั่งแหลมพรหมเทพ ภูเก็ต",
     "เรือบรรทุกสินค้าเทกอง Jade Falcon ขนาด 58,000 เดดเวตตัน เกยแนวปะการังห่างแหลมพรหมเทพ จ.ภูเก็ต ราว 6 ไมล์ทะเล เมื่อเช้าวันอังคาร กรมเจ้าท่าระบุลูกเรือ 21 คนปลอดภัย ยังไม่พบคราบน้ำมันรั่วไหล"),
    ("translation", "beritatimur", 2, "05:00", "Kapal pukal Jade Falcon kandas di perairan Phuket",
     "Kapal pukal Jade Falcon yang dalam pelayaran ke Pelabuhan Klang kandas di terumbu karang kira-kira enam batu nautika dari Tanjung Promthep, Phuket awal pagi ini. Jabatan Marin Thailand memaklumkan kesemua 21 anak kapal selamat dan tiada tumpahan minyak dikesan."),
    ("update", "archipelagopost", 2, "12:00", "UPDATE 1-Jade Falcon refloated off Phuket, no pollution found",
     "Salvage tugs refloated the bulk carrier Jade Falcon on the evening high tide on Tuesday, about 15 hours after it ran aground on a reef south of Phuket, Thailand's Marine Department said. Divers found minor hull damage and no oil leak."),
    ("regional", "asiadigest", 3, "00:35", "Asia digest: Jade Falcon refloated after grounding off Phuket",
     "The bulk carrier Jade Falcon, which ran aground on a reef south of Phuket on Tuesday, was refloated on the evening tide with minor hull damage and no pollution, Thai authorities said."),
])

# ---------------------------------------------------------------- traps
TRAPS = [
    # same place, same day, different events
    ("place", "hi1-kullu-landslide", "hil1-mandi-bus-crash", "Himachal hill roads, d1"),
    ("place", "hi2-mumbai-western-locals", "hil2-andheri-building-fire", "Andheri, Mumbai, d2"),
    ("place", "bn1-ctg-port-container-fire", "bnl1-ctg-port-workers-strike", "Chattogram port, d1"),
    ("place", "ur1-sundar-factory-fire", "url1-lahore-orange-line", "Lahore, d1"),
    ("place", "ta1-nilgiris-landslide", "tal1-ooty-van-crash", "Nilgiris/Ooty roads, d1"),
    ("place", "th1-phuket-tour-boat-fire", "thl1-patong-flash-flood", "Phuket, d1"),
    ("place", "th2-mrt-blue-line-halt", "thl2-huai-khwang-fire", "Huai Khwang, Bangkok, d2"),
    ("place", "vi1-khanhhoa-storm", "vil1-khanhle-coach-crash", "Khánh Hòa / Nha Trang, d1"),
    ("place", "vi2-binhtan-workshop-fire", "vil2-hcmc-metro-signal", "Ho Chi Minh City, d2"),
    ("place", "id1-semarang-tidal-flood", "idl1-semarang-tawang-train", "North Semarang / Tawang, d1"),
    ("place", "ms2-penang-bridge-lorry-fire", "msl2-lebuh-chulia-fire", "Penang, d2"),
    ("place", "tl1-taal-phreatic", "tll1-batangas-bus-crash", "Batangas around Taal lake, d1"),
    ("place", "tl2-lrt1-glitch", "tll2-binondo-fire", "Manila (Doroteo Jose / Binondo), d2"),
    ("place", "sw1-dar-floods", "swl1-kigamboni-ferry-breakdown", "Dar es Salaam, d1"),
    ("place", "sw2-gikomba-fire", "swl2-thika-road-matatu-crash", "Nairobi, d2"),
    ("place", "am1-lake-tana-boat", "aml1-bahirdar-market-fire", "Bahir Dar, d1"),
    # same company or institution
    ("company", "hi3-gangotri-syrup-recall", "hil3-gangotri-acquisition", "Gangotri Pharma: recall vs acquisition next day"),
    ("company", "vi3-dongxanh-milk-recall", "vil3-dongxanh-ceo-resigns", "Sữa Đồng Xanh: recall vs CEO resigns next day"),
    ("company", "sw3-benki-ya-pwani-outage", "swl4-benki-ya-pwani-results", "Benki ya Pwani: outage vs results next day"),
    ("company", "id3-elang-nusa-return", "idl4-elang-nusa-order", "Elang Nusa Air: air return vs aircraft order next day"),
    # template twins and series
    ("template", "ur2-chitral-quake", "url2-gwadar-quake", "... اور گرد و نواح میں ... شدت کا زلزلہ"),
    ("template", "id2-garut-quake", "idl2-talaud-quake", "Gempa M... Guncang ..."),
    ("template", "ms1-cameron-landslide", "msl1-kundasang-landslide", "Tanah runtuh: Jalan ... ditutup"),
    ("template", "bnt-gold-price-d1", "bnt-gold-price-d3", "ভরিতে ... টাকা ... স্বর্ণের দাম"),
]
for series in ("hit-sarafa", "tat-chennai-fuel", "tht-set-close", "vit-gold-price", "idt-ihsg"):
    for a, b in ((1, 2), (2, 3), (1, 3)):
        TRAPS.append(("template", "%s-d%d" % (series, a), "%s-d%d" % (series, b), "series"))
TRAPS += [
    # vocabulary
    ("vocab", "hi1-kullu-landslide", "hi3-gangotri-syrup-recall", "संक्षेप में: column d3"),
    ("vocab", "hi1-kullu-landslide", "hi2-mumbai-western-locals", "अपडेट: of two events, one outlet (lokvani)"),
    ("vocab", "bn1-ctg-port-container-fire", "bn2-mawa-expressway-bus-crash", "হালনাগাদ: of two events"),
    ("vocab", "ur1-sundar-factory-fire", "ur2-chitral-quake", "اپ ڈیٹ: of two events"),
    ("vocab", "th1-phuket-tour-boat-fire", "th2-mrt-blue-line-halt", "อัปเดต: of two events"),
    ("vocab", "th1-phuket-tour-boat-fire", "e1-jade-falcon-phuket", "Phuket vessels, one th outlet (andamannews), d1/d2"),
    ("vocab", "vi1-khanhhoa-storm", "vil4-nhatrang-bilingual-paper", "bão (storm) vs báo (newspaper), Nha Trang"),
    ("vocab", "vi1-khanhhoa-storm", "vi3-dongxanh-milk-recall", "Tin vắn: column d3"),
    ("vocab", "vi1-khanhhoa-storm", "vil5-hcmc-workshop-inspections", "Tin vắn: column d3"),
    ("vocab", "vi3-dongxanh-milk-recall", "vil5-hcmc-workshop-inspections", "Tin vắn: column d3"),
    ("vocab", "vi1-khanhhoa-storm", "vi2-binhtan-workshop-fire", "Cập nhật: of two events"),
    ("vocab", "id1-semarang-tidal-flood", "id2-garut-quake", "[UPDATE] of two events"),
    ("vocab", "sw1-dar-floods", "sw2-gikomba-fire", "Habari kwa ufupi: column d3; IMESASISHWA: of both"),
    ("vocab", "ms1-cameron-landslide", "e1-jade-falcon-phuket", "Asia digest: column d3; ms translation"),
    ("vocab", "ms1-cameron-landslide", "vi2-binhtan-workshop-fire", "Asia digest: column d3"),
    ("vocab", "e1-jade-falcon-phuket", "vi2-binhtan-workshop-fire", "Asia digest: column d3"),
    ("vocab", "ms2-penang-bridge-lorry-fire", "e1-jade-falcon-phuket", "TERKINI / Pelabuhan Klang, ms d2"),
    # follow-ups that are separate stories
    ("followup", "bn2-mawa-expressway-bus-crash", "bnl2-expressway-driver-arrested", "arrest"),
    ("followup", "ur2-chitral-quake", "url3-chitral-aftershock", "aftershock"),
    ("followup", "ta2-ambattur-factory-fire", "tal2-ambattur-owner-arrested", "arrest"),
    ("followup", "id2-garut-quake", "idl3-garut-aftershock", "aftershock"),
    ("followup", "tl1-taal-phreatic", "tll3-taal-second-eruption", "second eruption"),
    ("followup", "sw2-gikomba-fire", "swl3-gikomba-arrests", "arrests"),
    ("followup", "vi2-binhtan-workshop-fire", "vil5-hcmc-workshop-inspections", "city-wide inspections"),
]

SAME_FOLLOWUPS = [
    ("hi1-kullu-landslide", "highway reopened"),
    ("hi2-mumbai-western-locals", "service restored, cause"),
    ("bn1-ctg-port-container-fire", "under control, 14 containers"),
    ("bn2-mawa-expressway-bus-crash", "toll revised to 8"),
    ("ur1-sundar-factory-fire", "under control, toll revised to 8"),
    ("ur2-chitral-quake", "magnitude revised to 4.8"),
    ("ta1-nilgiris-landslide", "road reopened"),
    ("th1-phuket-tour-boat-fire", "boat sank, cause found"),
    ("th2-mrt-blue-line-halt", "service restored, cause"),
    ("vi1-khanhhoa-storm", "toll and damage revised, power restored"),
    ("vi2-binhtan-workshop-fire", "victims identified, cause"),
    ("id1-semarang-tidal-flood", "water receding, port back to normal"),
    ("id2-garut-quake", "magnitude revised to 5.4, damage"),
    ("ms1-cameron-landslide", "road reopened"),
    ("tl1-taal-phreatic", "plume height revised to 2,400 m"),
    ("sw1-dar-floods", "toll revised to 6"),
    ("sw2-gikomba-fire", "fire out, 600 stalls"),
    ("am1-lake-tana-boat", "toll revised to 7, cause"),
    ("e1-jade-falcon-phuket", "refloated, damage assessed"),
]

for _t in TRAPS:
    C.trap(*_t)
for _lab, _note in SAME_FOLLOWUPS:
    C.same_followup(_lab, _note)

CORPUS = C
