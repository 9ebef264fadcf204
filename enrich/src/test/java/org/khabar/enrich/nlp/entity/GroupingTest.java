package org.khabar.enrich.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.enrich.nlp.entity.Entities.of;
import static org.khabar.enrich.nlp.entity.Entities.single;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;

/** One entity per distinct entity: variants grouped, the fullest name chosen, every mention's span kept. */
class GroupingTest {
    private static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(Mention::text).collect(Collectors.toList());
    }

    @Test
    void surnameJoinsTheFullNameBeforeIt() {
        String text = "قال المتحدث باسم قيادة الشرطة، العقيد رعد الساعدي، إن الدوريات انتشرت.\n"
                + "وأضاف الساعدي أن المتهمين اعترفوا، مشيرا إلى أن الساعدي نفسه أشرف على العملية.";
        List<Entity> es = of(text);
        Entity p = single(es, EntityType.PERSON, "رعد الساعدي");
        assertEquals(List.of("رعد الساعدي", "الساعدي", "الساعدي"), mentionTexts(p));
        assertEquals(1, es.stream().filter(e -> e.type() == EntityType.PERSON).count(), Entities.describe(es));
    }

    @Test
    void transliteratedForeignNameAfterARoleAndLaterBySurname() {
        String text = "وقال المتحدث باسم وزارة الخارجية البريطانية توماس ويلينغتون إن لندن قلقة. "
                + "وأكد ويلينغتون أن بلاده ستقدم مساعدات.";
        Entity p = single(of(text), EntityType.PERSON, "توماس ويلينغتون");
        assertEquals(List.of("توماس ويلينغتون", "ويلينغتون"), mentionTexts(p));
    }

    @Test
    void shortFormsOfAListedOrganisationAreOneEntity() {
        String text = "أعلنت هيئة الحشد الشعبي استنفار ألويتها في ديالى. وقال مصدر في الحشد إن "
                + "عناصر الحشد الشعبي انتشروا في القرى.";
        List<Entity> es = of(text);
        Entity org = single(es, EntityType.ORGANIZATION, "هيئة الحشد الشعبي");
        assertEquals(List.of("هيئة الحشد الشعبي", "الحشد", "الحشد الشعبي"), mentionTexts(org));
    }

    @Test
    void headlessMentionOfAnUnlistedGroupJoinsIt() {
        String text = "أعلنت حركة الصابرين مسؤوليتها عن الهجوم، وقال قيادي في الصابرين إن الرد سيكون قاسيا.";
        Entity org = single(of(text), EntityType.ORGANIZATION, "حركة الصابرين");
        assertEquals(List.of("حركة الصابرين", "الصابرين"), mentionTexts(org));
    }

    @Test
    void kunyaLinkedByAnAliasWordJoinsTheName() {
        String text = "وأعلن الفصيل مقتل القيادي فيه عدنان جاسم المحمداوي، الملقب بـ\"أبو فدك\"، في الغارة.";
        List<Entity> es = of(text);
        Entity p = single(es, EntityType.PERSON, "عدنان جاسم المحمداوي");
        assertTrue(mentionTexts(p).contains("أبو فدك"), mentionTexts(p).toString());
    }

    @Test
    void kunyaInBracketsJoinsTheName() {
        String text = "قتل القيادي في الفصيل الحاج كريم حسن الدراجي (أبو مرتضى) بضربة جوية.";
        Entity p = single(of(text), EntityType.PERSON, "كريم حسن الدراجي");
        assertTrue(mentionTexts(p).contains("أبو مرتضى"), mentionTexts(p).toString());
    }

    @Test
    void acronymInBracketsJoinsTheOrganisation() {
        String text = "وقالت جبهة الخلاص الوطني (جخو) في بيان إن قواتها صامدة.";
        Entity org = single(of(text), EntityType.ORGANIZATION, "جبهة الخلاص الوطني");
        assertEquals(List.of("جبهة الخلاص الوطني", "جخو"), mentionTexts(org));
    }

    @Test
    void stripAndItsCityAreOneListedPlace() {
        String text = "قصفت الطائرات قطاع غزة فجرا، وقال الدفاع المدني في غزة إن الحصيلة ارتفعت.";
        Entity gaza = single(of(text), EntityType.LOCATION, "قطاع غزة");
        assertEquals(List.of("قطاع غزة", "غزة"), mentionTexts(gaza));
    }

    @Test
    void theUnitedStatesUnderItsNames() {
        String text = "وقالت الولايات المتحدة إن قواتها سترد، فيما حذرت أمريكا رعاياها، وأكدت واشنطن ذلك.";
        List<Entity> es = of(text);
        Entity us = single(es, EntityType.LOCATION, "الولايات المتحدة");
        assertEquals(List.of("الولايات المتحدة", "أمريكا"), mentionTexts(us));
        single(es, EntityType.LOCATION, "واشنطن");
    }

    @Test
    void differentMinistriesStayApart() {
        String text = "وقالت وزارة الدفاع العراقية إن الطائرة سقطت، بينما نفت وزارة الدفاع التركية أي علاقة.";
        List<Entity> es = of(text);
        single(es, EntityType.ORGANIZATION, "وزارة الدفاع العراقية");
        single(es, EntityType.ORGANIZATION, "وزارة الدفاع التركية");
    }

    @Test
    void cliticsAreLeftOutOfMentionsAndTheArticleIsRestoredInTheName() {
        String text = "وأرسلت الحكومة تعزيزات للحشد الشعبي وبالحشد الشعبي التحق متطوعون من البصرة.";
        Entity org = single(of(text), EntityType.ORGANIZATION, "الحشد الشعبي");
        assertEquals(List.of("للحشد الشعبي", "الحشد الشعبي"), mentionTexts(org));
        Entity basra = single(of("وعاد وفد إلى البصرة وبالبصرة استقبله المحافظ."), EntityType.LOCATION, "البصرة");
        assertEquals(List.of("البصرة", "البصرة"), mentionTexts(basra));
        Entity hamas = single(of("نقل الوسطاء الرد لحماس."), EntityType.ORGANIZATION, "حماس");
        assertEquals("حماس", hamas.mentions().get(0).text());
    }

    @Test
    void onlyLettersBeforeTheArticleAreLeftOutWhenLilMeetsTheName() {
        String text = "قدمت الحكومة دعما للحشد الشعبي.";
        Entity org = single(of(text), EntityType.ORGANIZATION, "الحشد الشعبي");
        Mention m = org.mentions().get(0);
        assertEquals("للحشد الشعبي", m.text());
        assertEquals(text.indexOf("للحشد"), m.start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قصف على بغداد، وانفجار في البصرة | بغداد | البصرة",
        "اجتماع في عمّان. ووفد في دمشق | عمّان | دمشق",
        "(طرابلس) - وصل الوفد إلى بنغازي | طرابلس | بنغازي",
        "«الموصل»: سقوط قذيفة قرب أربيل | الموصل | أربيل",
        "حلب/إدلب: قصف متبادل | حلب | إدلب",
    })
    void namesAcrossPunctuationAndLineBreaksStaySeparate(String text, String first, String second) {
        List<Entity> es = of(text);
        single(es, EntityType.LOCATION, first);
        single(es, EntityType.LOCATION, second);
    }

    @Test
    void placesOnSeparateLines() {
        List<Entity> es = of("قصف على بغداد\nوانفجار في البصرة");
        single(es, EntityType.LOCATION, "بغداد");
        single(es, EntityType.LOCATION, "البصرة");
    }

    @Test
    void aNameDoesNotRunAcrossALineBreak() {
        String text = "قال الناطق باسم الشرطة العميد عادل\nالرمادي مدينة هادئة اليوم.";
        List<Entity> es = of(text);
        assertTrue(es.stream().noneMatch(e -> e.text().contains("\n")), Entities.describe(es));
        single(es, EntityType.LOCATION, "الرمادي");
    }

    @Test
    void diacriticsTatweelAndPresentationFormsKeepOriginalSpans() {
        String text = "وَصَلَ الوَفْدُ إلى بَغْدَادَ، ثم إلى الموصـــل وبعدها ﺃﺭﺑﻴﻞ.";
        List<Entity> es = of(text);
        assertEquals("بَغْدَادَ", single(es, EntityType.LOCATION, "بَغْدَادَ").mentions().get(0).text());
        single(es, EntityType.LOCATION, "الموصـــل");
        single(es, EntityType.LOCATION, "ﺃﺭﺑﻴﻞ");
    }

    @Test
    void entitiesComeInOrderOfFirstMention() {
        List<Entity> es = of("زار وزير الخارجية طهران ثم أنقرة ثم عاد إلى طهران وبغداد.");
        assertEquals(List.of("طهران", "أنقرة", "بغداد"), es.stream().map(Entity::text).collect(Collectors.toList()));
        assertEquals(2, es.get(0).mentions().size());
    }
}
