"""The questionnaire's questions, help and choices, marked for ``pyside6-lupdate``.

``app.checker.questionnaire.QUESTIONS`` holds them in English (the CLI and the
checker use them there); the dialog shows ``translate("questionnaire", QUESTION_TEXTS[...])``.
``tests/views/test_translation.py`` checks that every text of every question is here.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

QUESTION_TEXTS: dict[str, str] = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does the system learn from data or infer its outputs (machine "
            "learning, a statistical or language model) — rather than only apply "
            "fixed rules written by people?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "An AI system in the sense of EU AI Act Art. 3(1). A fixed rules engine"
            " is not one, so the AI Act does not apply — but if it decides about "
            "people it is still an automated decision system for Canada's directive"
            " and GDPR Art. 22 (Robodebt was rules-based).",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Is the agency a public authority — a body governed by public law, or "
            "one acting on its behalf?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "A ministry, agency, municipality, public hospital or school, or a "
            "contractor acting for one. It decides the EU AI Act's registration of "
            "use (Arts. 26(8), 49(3)), its rights impact assessment (Art. 27) and "
            "whether Canada's directive binds the agency.",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Is it a private body providing a public service?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "A private provider of a public service must also assess fundamental "
            "rights before using a high-risk system (EU AI Act Art. 27(1)).",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does the system use information about identifiable people?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does it use health, ethnic origin, religion, biometric, "
            "sexual-orientation, political or trade-union data — or close proxies "
            "for them?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Is the personal data processed on a large scale — many people, a large"
            " volume of records, or a whole region or country?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "GDPR Art. 35(3)(b): special-category data on a large scale always "
            "needs a data protection impact assessment.",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does it evaluate or predict personal aspects of people (behaviour, "
            "reliability, risk, needs)?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Will special-category data be used to detect and correct bias?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "EU AI Act Art. 10(5) allows it only when strictly necessary and with safeguards.",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does it systematically monitor publicly accessible areas on a large "
            "scale (cameras, sensors, number-plate readers)?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "GDPR Art. 35(3)(c): always needs a data protection impact assessment.",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does it score or select people for investigation, audit or control (a "
            "fraud risk list, cases picked for review)?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "People selected by a score are affected before any final decision: "
            "they must be told and be able to contest it (Robodebt, the Dutch "
            "childcare benefits, SyRI).",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does its output make or help make decisions about individual people?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Can such a decision affect someone's rights, benefits, liberty, legal "
            "status or access to a service?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "What do people do with the output?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "A person decides; the output is one input among others",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "A person reviews each output before it takes effect",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "The output takes effect without case-by-case human review",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Is the output the main basis for the decision (staff rarely depart from it)?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "If the system gets it wrong, how hard is the harm to undo?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Easily reversed and brief",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Likely reversible and short-term",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Difficult to reverse, possibly ongoing",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Irreversible or lasting",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Are people in vulnerable situations affected (children, benefit "
            "claimants, patients, asylum seekers)?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "How many people does it affect each year?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Fewer than a thousand",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Thousands",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "A large share of the population",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Do members of the public interact with it or see its output directly?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Could a failure harm people's health or safety, or disrupt critical "
            "services (water, power, transport, emergency response)?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "US OMB M-25-21 counts AI whose output is a principal basis for actions"
            " with a significant effect on safety as high-impact, even when no "
            "individual decision is made.",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does it generate text, images, audio or video?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Will the model keep learning from new data while in service, without a"
            " new release being tested and approved?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Online learning or automatic retraining: its own outputs can become "
            "its future inputs (EU AI Act Art. 15(4), feedback loops).",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Where is it used?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "European Union",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "United Kingdom",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Canada (federal)",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "United States (federal agency)",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Elsewhere",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does the use fall in one of the EU AI Act's high-risk areas (Annex III)?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "None of these",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Biometric identification or categorisation",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Safety of critical infrastructure",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Education and vocational training",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Employment and workers",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Access to essential public services and benefits",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Law enforcement",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Migration, asylum and border control",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Justice and democratic processes",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "If it is in one of those areas: does it only perform a narrow "
            "procedural or preparatory task, without replacing or materially "
            "influencing a person's assessment?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "EU AI Act Art. 6(3): the provider may then document that it is not "
            "high-risk (Art. 6(4)) and must still register it (Art. 49(2)). Never "
            "available when the system profiles people.",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does the use involve any of these practices?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "EU AI Act Art. 5(1): prohibited since 2 February 2025. Any of them "
            "blocks the use (narrow exceptions for 5(1)(h), with prior "
            "authorisation).",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Subliminal, manipulative or deceptive techniques that distort "
            "behaviour and cause significant harm",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Exploiting vulnerabilities of age, disability or social or economic "
            "situation to distort behaviour",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Social scoring: rating people over time by social behaviour or traits,"
            " leading to unjustified detrimental treatment",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Predicting that a person will commit a crime solely from profiling or "
            "personality traits",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Building facial-recognition databases by untargeted scraping of the internet or CCTV",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Emotion recognition in the workplace or in education (outside medical "
            "or safety reasons)",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Biometric categorisation to infer race, political opinions, religion, "
            "sex life or similar",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Real-time remote biometric identification in public spaces for law "
            "enforcement (narrow exceptions, Art. 5(2)–(7))",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Does the agency build the system, use one built by others, or both?",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "We build it (provider)",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "We use it (deployer)",
        ),
        QT_TRANSLATE_NOOP(
            "questionnaire",
            "Both",
        ),
    )
}
