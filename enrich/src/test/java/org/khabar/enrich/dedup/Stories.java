package org.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fictional news stories written for these tests (no real outlet's text), as paragraphs, and the
 * ways outlets re-run wire copy: headers and footers, datelines, digit sets, punctuation, trimmed
 * paragraphs, another outlet's intro.
 */
final class Stories {
    private Stories() {
    }

    /** A car bomb in a market in Hilla: the wire original. */
    static final List<String> MARKET_BOMBING = List.of(
            "الحلة - قتل 7 أشخاص وأصيب 15 آخرون بجروح متفاوتة، صباح اليوم الثلاثاء، في انفجار سيارة مفخخة "
                    + "استهدف سوقا شعبيا وسط مدينة الحلة، بحسب ما أفاد مصدر في الشرطة المحلية.",
            "وقال المتحدث باسم قيادة شرطة بابل، العقيد سلمان الجبوري، إن السيارة كانت مركونة قرب مدخل سوق "
                    + "الخضار الرئيسي، وإن الانفجار وقع في ساعة الذروة حين كان السوق مكتظا بالمتسوقين والباعة.",
            "وأضاف الجبوري أن فرق الدفاع المدني هرعت إلى المكان وعملت على إخماد النيران التي اندلعت في عدد من "
                    + "المحال التجارية، فيما نقلت سيارات الإسعاف الجرحى إلى مستشفى الحلة التعليمي ومستشفى مرجان القريب.",
            "وفرضت القوات الأمنية طوقا حول موقع الانفجار ومنعت الاقتراب منه، وبدأت فرق الأدلة الجنائية برفع "
                    + "الآثار وجمع الشظايا لتحديد نوع المتفجرات المستخدمة وكميتها.",
            "ولم تتبن أي جهة المسؤولية عن الهجوم حتى الآن، وهو الأعنف الذي تشهده المحافظة منذ مطلع العام الجاري، "
                    + "بعد أشهر من الهدوء النسبي أعقبت سلسلة من العمليات الأمنية في المناطق المحيطة بالمدينة.",
            "وأعلن محافظ بابل الحداد ثلاثة أيام في المحافظة، ودعا المواطنين إلى التبرع بالدم لصالح المصابين، "
                    + "مؤكدا أن الحكومة المحلية ستتكفل بعلاج الجرحى وتعويض أصحاب المحال المتضررة.");

    /** The same bombing reported independently by another outlet: same facts, other words. */
    static final List<String> MARKET_BOMBING_OTHER_REPORT = List.of(
            "شهدت مدينة الحلة مركز محافظة بابل، صباح الثلاثاء، تفجيرا داميا بسيارة ملغومة في سوق شعبي، أسفر "
                    + "عن سقوط سبعة قتلى و15 جريحا، وفق حصيلة أولية أعلنتها السلطات.",
            "وأوضح مسؤول أمني طلب عدم الكشف عن اسمه أن المهاجمين فجروا السيارة عن بعد قرب بوابة السوق في وقت "
                    + "يكثر فيه الزحام، مرجحا أن تكون العبوة محشوة بكمية كبيرة من المواد شديدة الانفجار.",
            "وأظهرت صور تداولها ناشطون على مواقع التواصل الاجتماعي أعمدة من الدخان الأسود تتصاعد من المكان، "
                    + "ومحال محترقة وسيارات متضررة وبسطات مقلوبة على الرصيف.",
            "وتأتي هذه الهجمة بعد فترة من الاستقرار الأمني في بابل، وسط تحذيرات من عودة نشاط الخلايا المسلحة "
                    + "في المناطق الزراعية جنوب بغداد.",
            "ودانت وزارة الداخلية التفجير ووصفته بالعمل الإرهابي الجبان، وتعهدت بملاحقة منفذيه وتقديمهم إلى "
                    + "القضاء في أسرع وقت.");

    /** The next day's follow-up: a new lead with the updated toll, the background paragraphs reused. */
    static final List<String> MARKET_BOMBING_FOLLOW_UP = List.of(
            "الحلة - ارتفعت حصيلة ضحايا انفجار السيارة المفخخة الذي استهدف سوقا شعبيا وسط مدينة الحلة، أمس "
                    + "الثلاثاء، إلى 11 قتيلا و20 جريحا، بعد وفاة أربعة من المصابين متأثرين بجروحهم، بحسب ما أعلنت "
                    + "دائرة صحة بابل اليوم الأربعاء.",
            "وقال مدير الدائرة إن بعض الجرحى ما زالوا في حالة حرجة، وإن المستشفيات استقبلت عشرات المتبرعين "
                    + "بالدم منذ مساء أمس، مشيرا إلى وصول شحنة من الأدوية والمستلزمات الطبية من بغداد.",
            MARKET_BOMBING.get(3),
            MARKET_BOMBING.get(4));

    /** A flood in Basra, with many figures in digits. */
    static final List<String> BASRA_FLOOD = List.of(
            "البصرة - غمرت مياه الأمطار الغزيرة التي هطلت ليل الأحد 12 حيا سكنيا في مدينة البصرة، وأجبرت نحو "
                    + "340 عائلة على مغادرة منازلها، بحسب ما أعلنت خلية الأزمة في المحافظة.",
            "وقال رئيس الخلية إن منسوب المياه بلغ 80 سنتيمترا في بعض الشوارع، وإن 25 مضخة نقالة نشرت في "
                    + "الأحياء المتضررة لتصريف المياه نحو شط العرب.",
            "وأضاف أن دائرة المجاري تعمل بطاقتها الكاملة منذ 36 ساعة، وأن فرق البلدية فتحت 4 مدارس لإيواء "
                    + "العائلات النازحة وتوزيع الوجبات والأغطية عليها.",
            "وانتقد سكان في حي الجمهورية بطء الاستجابة، وقالوا إن شبكة تصريف مياه الأمطار لم تؤهل منذ سنوات، "
                    + "وإن المشكلة تتكرر مع كل موسم شتاء.",
            "وتوقعت هيئة الأنواء الجوية استمرار هطول الأمطار حتى مساء الثلاثاء، ودعت المواطنين إلى تجنب "
                    + "التنقل غير الضروري والابتعاد عن أعمدة الكهرباء.");

    /** A book fair opening: an unrelated story from the same outlet as the bombing. */
    static final List<String> BOOK_FAIR = List.of(
            "افتتح وزير الثقافة مساء الخميس معرض بغداد الدولي للكتاب في دورته الجديدة، بمشاركة دور نشر من "
                    + "عدد من البلدان العربية والأجنبية، وسط إقبال لافت من الزوار منذ الساعات الأولى.",
            "وقال مدير المعرض إن الأجنحة تضم عناوين في الأدب والتاريخ والعلوم وكتب الأطفال، وإن إدارة المعرض "
                    + "خصصت قاعة للندوات الفكرية وأمسيات شعرية يومية يشارك فيها كتاب وشعراء من داخل العراق وخارجه.",
            "وأشار إلى أن المعرض يستمر عشرة أيام، وأن الدخول إليه مجاني لطلبة المدارس والجامعات، داعيا "
                    + "العائلات إلى زيارته واصطحاب أطفالهم.");

    /** A long footer one outlet appends to every story. */
    static final String OUTLET_FOOTER = "تابعونا على صفحاتنا في مواقع التواصل الاجتماعي لمتابعة آخر الأخبار العاجلة "
            + "والتقارير الخاصة والتحقيقات الاستقصائية من مراسلينا في المحافظات كافة. جميع الحقوق محفوظة لشبكة "
            + "الرافدين الإخبارية، ولا يجوز نقل أي مادة أو اقتباسها أو إعادة نشرها كليا أو جزئيا دون إذن خطي مسبق "
            + "من إدارة التحرير، ومن يخالف ذلك يعرض نفسه للمساءلة القانونية وفق قوانين حماية الملكية الفكرية النافذة. "
            + "للإعلانات والاشتراكات يرجى التواصل مع قسم التسويق عبر البريد الإلكتروني أو الهاتف خلال ساعات الدوام "
            + "الرسمي من الأحد إلى الخميس.";

    static String text(List<String> paragraphs) {
        return String.join("\n", paragraphs);
    }

    /** Site furniture around the story: breadcrumbs and reading time above, share and copyright lines below. */
    static String framed(List<String> paragraphs) {
        return "الرئيسية › عربي ودولي › العراق\nآخر تحديث: منذ 3 ساعات | وقت القراءة: دقيقتان\n" + text(paragraphs)
                + "\nشارك هذا الخبر عبر فيسبوك وتويتر وواتساب\n© جميع الحقوق محفوظة لموقع الأفق 2025";
    }

    /** The first {@code keep} paragraphs. */
    static String trimmed(List<String> paragraphs, int keep) {
        return text(paragraphs.subList(0, keep));
    }

    /** The story with its first paragraph's dateline replaced. */
    static String redatelined(List<String> paragraphs, String oldDateline, String newDateline) {
        List<String> copy = new ArrayList<>(paragraphs);
        if (!copy.get(0).startsWith(oldDateline)) {
            throw new IllegalArgumentException("no dateline " + oldDateline);
        }
        copy.set(0, newDateline + copy.get(0).substring(oldDateline.length()));
        return text(copy);
    }

    /** Latin digits as Arabic-Indic digits. */
    static String indicDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return b.toString();
    }

    /** Arabic comma as Latin comma, dash as colon, guillemets around the first sentence. */
    static String repunctuated(String s) {
        return "«" + s.replace('،', ',').replace(" - ", ": ").replaceFirst("\\.", "».");
    }

    /** Another outlet's intro sentence before the story. */
    static String withIntro(String intro, List<String> paragraphs) {
        return intro + "\n" + text(paragraphs);
    }

    /** Paragraph {@code from} moved to position {@code to}. */
    static String reordered(List<String> paragraphs, int from, int to) {
        List<String> copy = new ArrayList<>(paragraphs);
        copy.add(to, copy.remove(from));
        return text(copy);
    }

    /** {@code paragraphs} with every occurrence of {@code from} replaced by {@code to}; fails when absent. */
    static List<String> replacing(List<String> paragraphs, String from, String to) {
        String joined = String.join("\u0000", paragraphs);
        if (!joined.contains(from)) {
            throw new IllegalArgumentException("not in the story: " + from);
        }
        return Arrays.asList(joined.replace(from, to).split("\u0000"));
    }
}
