/**
 * Words for the people or language of a place. They are not mentions of the place ("Russian
 * shelling" says who, not where), and many collide with a village's key ("Syrian" folds like
 * Sirjan, "Canadian" is a county in Oklahoma). A people's plural that is no adjective's ("Finns",
 * "Swedes") is listed as it is written: "60% of Finns" was read as Vence, in France.
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani
bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese bolivian bosnian botswanan
brazilian british bruneian bulgarian burkinabe burmese burundian cambodian cameroonian canadian chadian chilean
chinese colombian congolese croatian cuban cypriot czech danish djiboutian dominican dutch ecuadorian egyptian
emirati english eritrean estonian ethiopian european fijian filipino finnish french gabonese gambian georgian german
ghanaian greek grenadian guatemalan guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian
iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti
kyrgyz lao laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian
maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan
mozambican namibian nepalese nepali dutch nicaraguan nigerian nigerien norwegian omani pakistani palestinian
panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan saudi
scottish senegalese serbian seychellois singaporean slovak slovakian slovenian somali somalian spanish sudanese
surinamese swazi swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan tunisian turkish turkmen
ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean african asian arab arabic
latin latino hispanic kurdish chechen crimean tatar balkan caucasian siberian texan californian floridian
albertan quebecois ontarian londoner parisian muscovite kyivan soviet yugoslav roman byzantine ottoman
finns swedes danes poles brits scots serbs croats czechs slovaks turks greeks kurds arabs`.split(/\s+/),
);
