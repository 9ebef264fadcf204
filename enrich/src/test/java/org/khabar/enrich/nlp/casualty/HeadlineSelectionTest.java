package org.khabar.enrich.nlp.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.enrich.nlp.casualty.CasualtyTestSupport.extract;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.model.Casualties;

/**
 * The main event's figures on short fictional articles (published 2024-03-10): the lead's
 * count, updated tolls, and what must not set them (earlier or similar incidents, running war
 * tolls, sub-counts, another incident's injured).
 */
class HeadlineSelectionTest {

    static Stream<Arguments> articles() {
        return Stream.of(
            article("lead count then an updated toll", 9, 12, """
                قتل 5 أشخاص وأصيب 12 آخرون في انفجار سيارة مفخخة وسط مدينة كركوك صباح اليوم.
                وقال مصدر في الشرطة إن عدد القتلى ارتفع لاحقا إلى 9 بعد وفاة أربعة من المصابين في المستشفى."""),
            article("a similar attack last month is background", 3, null, """
                قتل ثلاثة جنود في هجوم بعبوة ناسفة على دورية عسكرية في ريف درعا.
                وكان خمسة جنود قد قتلوا في هجوم مماثل الشهر الماضي في المنطقة نفسها."""),
            article("the war's running toll since it began", 14, null, """
                استشهد 14 فلسطينيا وأصيب العشرات في غارة إسرائيلية على مخيم النصيرات وسط القطاع.
                وارتفعت حصيلة الشهداء منذ بدء الحرب إلى 25 ألفا، وفق وزارة الصحة."""),
            article("a sub-count does not replace the total", 20, null, """
                قتل 20 شخصا بينهم 7 أطفال في قصف على سوق شعبي في مدينة تعز.
                وأفاد مسعفون بأن بين القتلى 4 نساء."""),
            article("last year's clashes", 4, null, """
                لقي 4 أشخاص حتفهم في اشتباكات قبلية جنوب البلاد.
                وفي العام الماضي، قتل 11 شخصا في اشتباكات مماثلة بين القبيلتين."""),
            article("the killing being answered", 18, null, """
                شنت الطائرات الأمريكية غارات على مواقع في شرق سوريا ردا على مقتل 3 جنود أمريكيين في هجوم على قاعدة.
                وأسفرت الغارات عن مقتل 18 مسلحا، بحسب مصادر محلية."""),
            article("no casualty figure at all", null, null, """
                نددت الحكومة بالهجوم على مقر البعثة ودعت إلى التهدئة.
                وقال المتحدث إن التحقيقات جارية لمعرفة الجهة المسؤولة."""),
            article("one named victim and two wounded", 1, 2, """
                قتل جندي وأصيب اثنان آخران في هجوم على نقطة تفتيش قرب الحدود.
                وقال الجيش إن المهاجمين فروا إلى جهة مجهولة."""),
            article("another incident's injured do not count", 4, null, """
                قتل 4 جنود في كمين لمسلحين قرب بلدة في شمال دارفور.
                وتأتي الحادثة بعد أيام من هجوم في الولاية أوقع 9 قتلى و20 جريحا."""),
            article("title line then body", 6, 10, """
                مقتل 6 وإصابة 10 في انفجار بمدينة بنغازي
                بنغازي - قتل ستة أشخاص وأصيب عشرة آخرون في انفجار عبوة ناسفة قرب سوق شعبي مساء أمس."""),
            article("an updated toll in the lead", 27, 40, """
                ارتفعت حصيلة انهيار المبنى جراء القصف إلى 27 قتيلا و40 جريحا.
                وتواصل فرق الإنقاذ البحث عن مفقودين تحت الأنقاض."""),
            article("a far larger total is an aggregate, not an update", 3, null, """
                استشهد 3 فلسطينيين في غارة على منزل في رفح فجر اليوم.
                وارتفع عدد الشهداء في قطاع غزة إلى 30 ألفا."""),
            article("the pluperfect alone still gives the figure", 3, null, """
                شيع الآلاف جثامين الجنود في مسقط رأسهم.
                وكان 3 جنود قد قتلوا في الهجوم الذي وقع فجر اليوم."""),
            article("an earlier attack with the pluperfect", 4, null, """
                قتل 4 أشخاص في قصف على بلدة كفرنبل.
                وكان 7 أشخاص قد قتلوا في قصف سابق على البلدة."""),
            article("an explicit earlier year", 5, null, """
                قتل 5 أشخاص في تفجير استهدف سوقا في بغداد.
                وفي عام 2016 قتل أكثر من 300 شخص في تفجير استهدف حي الكرادة."""),
            article("the figure comes after a funeral lead", 12, 30, """
                شيع الآلاف جثامين الضحايا في مدينة الحلة.
                وكانت الشرطة قد أعلنت مقتل 12 شخصا وإصابة 30 في التفجير."""),
            article("coordinated counts add up", 10, 6, """
                استشهد 8 جنود وعاملان وأصيب ستة آخرون في هجوم على قاعدة عسكرية.
                وأدان مجلس الوزراء الهجوم."""),
            article("since 7 October is a running toll", 1, null, """
                قتل جندي في اشتباك شمال القطاع، ليرتفع عدد قتلى الجيش منذ 7 أكتوبر إلى 220."""),
            article("a toll over 15 months", 8, null, """
                خلف النزاع أكثر من 5200 قتيل في 20 شهرا.
                وقتل اليوم 8 جنود في قصف على مواقعهم."""),
            article("a yearly report then the latest attack", 4, null, """
                قتل 870 مدنيا وأصيب 1930 آخرون منذ مطلع العام، بحسب منظمة حقوقية.
                وفي أحدث هجوم، قتل 4 أشخاص في تفجير بالعاصمة."""),
            article("an update from one figure to another", 9, null, """
                ارتفع عدد القتلى من 5 إلى 9 في حادث انهيار الجسر."""),
            article("two kinds in one sentence, Lebanese style", 2, 3, """
                استشهد عنصران في غارة إسرائيلية على سيارة في بلدة جنوبية، فيما أصيب ثلاثة مدنيين في قصف مدفعي."""),
            article("earlier today is the main event", 3, null, """
                وفي وقت سابق اليوم، قتل 3 أشخاص في قصف على المدينة."""),
            article("only last month's attack", null, null, """
                قتل 3 أشخاص في هجوم الشهر الماضي على سوق المدينة، ولم تتبن أي جماعة الهجوم."""),
            article("women and two children among the dead", 9, null, """
                أسفر القصف عن مقتل 9 مدنيين، من بينهم 4 نساء وطفلان."""),
            article("injured with a critical sub-count", null, 14, """
                أصيب 14 شخصا بينهم 3 في حالة حرجة جراء انفجار قنبلة يدوية."""),
            article("two separate incidents, the lead first", 3, null, """
                قتل 3 أشخاص في تفجير بمدينة القامشلي، فيما قتل 2 آخران في هجوم منفصل في الحسكة."""),
            article("Gulf style", 1, 2, """
                استشهد جندي وأصيب اثنان آخران جراء مقذوف عسكري أطلق من داخل الأراضي اليمنية."""),
            article("Maghrebi road accident", 2, 7, """
                لقي شخصان مصرعهما وأصيب 7 آخرون بجروح متفاوتة الخطورة في حادثة سير بإقليم الحوز."""),
            article("injured toll updated", null, 45, """
                أصيب 30 شخصا في تدافع عند مدخل الملعب.
                وارتفع عدد الجرحى في وقت لاحق إلى 45."""),
            article("Egyptian combined toll", null, null, """
                مصرع وإصابة 14 شخصا في انقلاب ميكروباص على الطريق الصحراوي."""),
            article("since the protests began", null, null, """
                قتل أكثر من 100 شخص منذ بداية الاحتجاجات، بحسب منظمات حقوقية."""),
            article("an anniversary", null, null, """
                أحيا العراقيون ذكرى مقتل 1700 مجند في قاعدة عسكرية شمال البلاد."""),
            article("a war's tally with no since", 6, null, """
                قتل 6 أشخاص في غارة على منزل في مدينة خاركيف.
                وتقول الأمم المتحدة إن حصيلة ضحايا الحرب تجاوزت 10 آلاف قتيل مدني."""),
            article("a new toll", 31, null, """
                قتل 25 شخصا في انفجار مستودع للذخيرة.
                وأعلنت السلطات في وقت لاحق حصيلة جديدة بلغت 31 قتيلا."""),
            article("the previous toll is not the latest", 31, null, """
                أعلنت السلطات ارتفاع حصيلة قتلى الانفجار إلى 31، وكانت الحصيلة السابقة 25 قتيلا."""),
            article("Iraqi style with two explicit kinds", 2, 5, """
                بغداد - أفاد مصدر أمني بمقتل شخصين وإصابة خمسة آخرين بانفجار عبوة ناسفة في منطقة البياع جنوبي العاصمة."""),
            article("Syrian observatory style", 51, null, """
                أفاد المرصد بمقتل 51 عنصرا من التنظيم خلال الـ48 ساعة الماضية جراء غارات التحالف."""),
            article("Palestinian ministry style with injuries", 3, 17, """
                أعلنت وزارة الصحة استشهاد 3 شبان وإصابة 17 آخرين برصاص الاحتلال خلال اقتحام مخيم نور شمس.
                وكان شاب قد استشهد الأسبوع الماضي في المخيم ذاته."""),
            article("Sudanese style", 18, null, """
                قتل 18 شخصا وأصيب العشرات في هجوم على قرية بولاية الجزيرة وسط البلاد.
                ومنذ اندلاع الحرب في أبريل من العام الماضي قتل أكثر من 14 ألف شخص."""),
            article("a recap with a slightly different total is the same incident", 10, 7, """
                قتل 8 جنود وعاملان في تفجير استهدف ثكنة.
                وقالت مصادر محلية إن 12 شخصا قتلوا وأصيب 7 آخرون في التفجير."""),
            article("a half-year report", 2, null, """
                قتل 1240 مدنيا وأصيب 2610 آخرون في النصف الأول من العام، وفق تقرير أممي.
                وقتل مدنيان اليوم في انفجار عبوة."""),
            article("losses over recent months", 7, null, """
                قتل أكثر من 400 مهاجر خلال الأشهر الماضية أثناء عبور البحر.
                وانتشلت فرق الإنقاذ اليوم جثث 7 مهاجرين لقوا حتفهم غرقا."""),
            article("the deadliest attack since a year is not a running total", 20, 45, """
                قتل 20 شخصا وأصيب 45 آخرون في أعنف هجوم تشهده المدينة منذ عام 2016."""),
            article("a total of the same attack", 30, null, """
                بلغت الحصيلة الإجمالية للهجوم 30 قتيلا بحسب مصادر طبية."""),
            article("wounded who died raise the toll", 12, null, """
                قتل 9 أشخاص في انفجار سيارة مفخخة في سوق شعبي.
                وقال مسؤول إن 3 من الجرحى توفوا متأثرين بجراحهم، ما يرفع عدد القتلى إلى 12."""),
            article("an earlier toll that has been superseded", 14, null, """
                ارتفع عدد القتلى في الانهيار إلى 14، وكانت حصيلة سابقة أشارت إلى مقتل 8."""),
            article("Sudanese agency style with sub-counts and background", 27, 60, """
                الخرطوم - (وكالات): قالت مصادر طبية إن 27 مدنيا على الأقل قتلوا وأصيب أكثر من 60 آخرين، الأحد، جراء قصف مدفعي استهدف سوقا شعبيا.
                وأوضحت المصادر أن بين القتلى 6 أطفال و4 نساء، مشيرة إلى أن الحصيلة مرشحة للارتفاع.
                ويأتي القصف بعد أسبوع من هجوم مماثل على سوق في المدينة أسفر عن مقتل 15 شخصا.
                وتشير تقديرات أممية إلى مقتل أكثر من 12 ألف شخص منذ اندلاع الحرب في أبريل من العام الماضي."""),
            article("Gaza ministry daily report", 58, 97, """
                غزة - أعلنت وزارة الصحة، اليوم الثلاثاء، ارتفاع حصيلة ضحايا العدوان على القطاع إلى 29 ألفا و410 شهداء و69 ألفا و230 مصابا منذ السابع من أكتوبر الماضي.
                وقالت الوزارة إن الاحتلال ارتكب 6 مجازر ضد العائلات راح ضحيتها 58 شهيدا و97 مصابا خلال الساعات الـ24 الماضية."""),
            article("Libyan clashes with last summer's toll", 3, 8, """
                طرابلس - لقي 3 أشخاص مصرعهم وأصيب 8 آخرون في اشتباكات مسلحة اندلعت مساء الخميس بين مجموعتين مسلحتين.
                وأفاد جهاز الإسعاف والطوارئ بأن من بين المصابين طفلين.
                وكانت اشتباكات مماثلة في أغسطس الماضي قد أسفرت عن مقتل 41 شخصا وإصابة 120."""),
            article("Lebanese agency with a border tally", 3, null, """
                بيروت - استشهد ثلاثة أشخاص، بينهم مسعف، وأصيب آخرون بجروح في غارة استهدفت منزلا في بلدة جنوبية فجر اليوم.
                وبذلك يرتفع عدد الشهداء منذ بدء المواجهات على الحدود إلى أكثر من 300."""),
            article("Yemeni report with a separate incident", 5, 7, """
                صنعاء - قتل خمسة جنود في هجوم بطائرة مسيرة على موقع عسكري في محافظة مأرب، وفق مصدر عسكري.
                وأضاف المصدر أن الهجوم أسفر أيضا عن إصابة 7 جنود بينهم ضابطان.
                وفي حادث منفصل، قتل مدني وأصيب طفلان بانفجار لغم في تعز."""),
            article("another attack elsewhere", 2, null, """
                قتل شخصان في انفجار عبوة ناسفة في مدينة الرمادي.
                وفي هجوم آخر، أصيب 4 جنود في مدينة أخرى."""),
            article("two separate collisions are both the reported event", null, 6, """
                تعاملت فرق الإسعاف مع حادثي تصادم منفصلين على طريق المطار، أسفرا عن 6 إصابات إحداها بليغة."""),
            article("a list continued after a comma keeps its background", 3, null, """
                قتل 3 جنود في كمين اليوم.
                وفي هجوم سابق على الثكنة، سقط 18 قتيلا من المسلحين، و51 جريحا من عناصر الحماية."""),
            // two sides' losses coordinated under one verb add up
            article("two sides under one verb", 35, null, """
                قتل 26 مسلحا على الأقل و9 عناصر من القوات الحكومية في معارك عنيفة شمال المدينة.""")
        );
    }

    private static Arguments article(String name, Integer killed, Integer injured, String text) {
        return Arguments.of(name, killed, injured, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void choosesTheMainEventFigures(String name, Integer killed, Integer injured, String text) {
        Casualties c = extract(text);
        assertEquals(killed, c.killed(), name + " killed " + c.mentions());
        assertEquals(injured, c.injured(), name + " injured " + c.mentions());
    }
}
