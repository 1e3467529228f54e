"""Whether a coded act happened: threatened, planned, hypothetical, negated and historical acts are not actual."""

import pytest

import flashpoint


def modality_of(text: str, event_type: str, published: str = "2024-06-05") -> str:
    events = [e for e in flashpoint.code_text(text, published=published) if e.event_type in event_type.split("|")]
    assert events, f"no {event_type} coded"
    return events[0].modality


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Chinese Foreign Minister Wang Yi will visit Brazil next week.", "AGREE", "future"),
        # the planned aid, or the plan itself as the guide's announced cooperation (AGREE): either way, still to come
        ("India plans to send food aid to Sri Lanka.", "AID|AGREE", "future"),
        ("Iran did not attend the meeting of the IAEA board in Vienna.", "CONSULT", "negated"),
        ("If Serbia attacked Kosovo, NATO would respond.", "ASSAULT", "hypothetical"),
        ("Iraq invaded Kuwait in 1990.", "ASSAULT", "historical"),
        ("Russian forces shelled Kharkiv on Tuesday.", "ASSAULT", "actual"),
        # an act told as taking place has the time of its taking place
        ("Joint naval drills of Japan and India are due to start in the Bay of Bengal on Monday.", "AGREE|COOPERATE", "future"),
        ("Joint naval drills of Japan and India will begin in the Bay of Bengal on Monday.", "AGREE|COOPERATE", "future"),
        ("Joint naval drills of Japan and India started in the Bay of Bengal on Monday.", "AGREE|COOPERATE", "actual"),
        # the future of reported speech: "announced that ... would"; still a condition with "if"
        ("The Chilean navy announced that it would hold joint drills with Peru in August.", "COOPERATE|AGREE", "future"),
        # (told by another party: a measure its own doer declares this way is a threat)
        ("The Chilean minister said Peru would close the border if Chile did not act.", "COERCE", "hypothetical"),
        # "be to": arranged; the curly apostrophe of "’ll"
        ("The Chilean delegation is to meet the Peruvian foreign minister on Wednesday.", "CONSULT|AGREE", "future"),
        ("He’ll meet the Peruvian president in Santiago on Friday.", "CONSULT|AGREE", "future"),
        # an act done without another, or instead of it: the other did not happen
        ("Seoul signed the fisheries deal without consulting Tokyo.", "CONSULT", "negated"),
        ("Far from withdrawing its troops, Moscow sent more tanks to the border.", "RETREAT", "negated"),
        # what a party can do is possible, not done; what it cannot do did not happen
        ("Under the new law, bribery can be punished by up to ten years in prison.", "SANCTION", "hypothetical"),
        ("Officials said the Chilean army can deploy troops to the border within hours.", "MOBILIZE", "hypothetical"),
        ("The Chilean army deployed troops to the border within hours.", "MOBILIZE", "actual"),
        # but an act only named or shown with "can" happened, and a threat is made when said
        ("The Taliban attack on the hotel can only be described as a massacre, the Afghan interior minister said.", "ASSAULT", "actual"),
        ("In the video, government troops can be seen shelling houses in Homs.", "ASSAULT", "actual"),
        ("The DPRK can no longer tolerate the reckless provocations of the U.S., the spokesman said.", "THREATEN", "actual"),
        # a condition on what a party takes as fact is no condition on the fact
        ("If the U.S. forgets that its troops withdrew from Korea in 1953, it is gravely mistaken.", "RETREAT", "historical"),
        # what a condition's own clause says is as conditional as the condition
        ("If Washington believes that Pyongyang fired the shells, it is gravely mistaken, the spokesman said.", "ASSAULT", "hypothetical"),
        ("Washington believes that Pyongyang fired the shells, the spokesman said.", "ASSAULT", "actual"),
        ("Far from withdrawing, the Russian forces shelled Kharkiv again on Tuesday.", "RETREAT", "negated"),
        ("The clinic lies not far from where the soldiers opened fire on protesters last week.", "ASSAULT", "actual"),
        ("The DPRK will never be far from bolstering its nuclear deterrent.", "THREATEN", "actual"),
        # what is said to be lacking, or what no one did, did not happen
        ("The lack of dialogue between Seoul and Pyongyang worries Beijing.", "CONSULT", "negated"),
        ("No talks were held between the two Koreas in 2012.", "CONSULT", "negated"),
        ("The Red Cross deplored the south's refusal to accept the aid.", "AGREE", "negated"),
        # what a party is able to do is not what it did; what it was unable to do did not happen
        ("North Korea is capable of striking the U.S. mainland.", "ASSAULT", "hypothetical"),
        ("North Korea is able to strike the U.S. mainland.", "ASSAULT", "hypothetical"),
        ("The navy was unable to attack the port.", "ASSAULT", "negated"),
        # what may or may not come about
        ("The prospect of a summit between the Russian and American presidents remains distant.", "CONSULT", "hypothetical"),
        ("Analysts say a Chinese invasion of Taiwan is unlikely.", "ASSAULT", "hypothetical"),
        # what a party hopes to do lies ahead ("hopes" is no form of "hop")
        ("Seoul hopes to visit Pyongyang next year.", "AGREE|CONSULT", "future"),
    ],
)
def test_modality(text: str, event_type: str, expected: str) -> None:
    assert modality_of(text, event_type) == expected


def test_a_demanded_act_is_a_request_not_an_act_that_happened() -> None:
    events = flashpoint.code_text("The south Korean authorities must stop the war exercises at once.", published="2024-06-05")
    assert all(e.modality != "actual" for e in events if e.event_type != "REQUEST")


def test_threat_is_coded_as_threaten_and_the_threatened_act_is_not_actual() -> None:
    events = flashpoint.code_text("Pyongyang threatened to strike Seoul if the drills continued.", published="2024-03-12")
    assert any(e.event_type == "THREATEN" and e.actor_codes == ["PRK"] for e in events)
    assert all(e.modality != "actual" for e in events if e.event_type == "ASSAULT")


def test_without_a_publication_date_the_texts_latest_year_dates_the_background() -> None:
    from flashpoint.pipeline import code_document
    from flashpoint.records import Document

    text = "Saudi Arabia and Iran agreed to hold talks in Baghdad in 2023.\n\nSaudi Arabia severed ties with Iran in 2016."
    events = code_document(Document("undated", text)).events
    assert [e.modality for e in events if e.event_type == "SANCTION"] == ["historical"]
    assert [e.modality for e in events if e.event_type == "AGREE"] == ["actual"]


def trigger_modality(text: str, trigger: str) -> str:
    # modality does not depend on who typed the trigger; the rule lexicon types every one of these
    rules = flashpoint.Settings(typer="rules")
    events = [e for e in flashpoint.code_text(text, published="2012-05-01", settings=rules) if e.trigger.text == trigger]
    assert events, f"nothing coded at {trigger!r}"
    return events[0].modality


def coded_at(text: str, trigger: str) -> list[str]:
    return [e.event_type for e in flashpoint.code_text(text, published="2012-05-01") if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The U.S. staged large-scale drills for invading the DPRK, the paper said.", "invading"),
    ("The American generals drew up a scenario to mount a sudden attack against the DPRK.", "attack"),
    ("Canada staged exercises to invade Cuba.", "invade"),
    ("The final objective of the joint drills is to invade Cuba.", "invade"),
    ("Canada held exercises simulating a Canadian invasion of Cuba.", "invasion"),
])
def test_force_a_drill_or_scenario_is_said_to_be_for_is_an_alleged_aim_not_an_event(text: str, trigger: str) -> None:
    # the guide codes no event for an alleged aim or scenario; the modality reasoning reads it as hypothetical first
    assert not {"ASSAULT", "COERCE"} & set(coded_at(text, trigger))


@pytest.mark.parametrize("text", ["Police foiled a plot to attack the embassy in Nairobi.",
                                  "The deployment of Chilean troops for an attack on Peru alarmed Lima.",
                                  "The puppets keep siding with their American masters in their endless moves to invade the DPRK.",
                                  "Israel carried out an operation to assassinate a Hamas commander in Dubai."])
def test_a_plot_a_purpose_of_forces_or_an_operations_aim_stays_a_hypothetical_assault(text: str) -> None:
    # not a drill's or a scenario's alleged aim: what a plot, a deployment or an operation is for is still coded
    assaults = [e for e in flashpoint.code_text(text, published="2012-05-01") if e.event_type == "ASSAULT"]
    assert assaults and all(e.modality == "hypothetical" for e in assaults)


def test_an_attempt_told_about_a_party_is_not_an_act_done() -> None:
    text = "The paper called it a foolish attempt by the Canadian government to invade Cuba."
    invasion = [e for e in flashpoint.code_text(text, published="2012-05-01") if e.event_type == "ASSAULT"]
    assert invasion and all(e.modality == "hypothetical" for e in invasion)


def test_an_announced_aim_of_a_party_lies_ahead() -> None:
    assert trigger_modality("The Cuban government aims to sign a trade agreement with Canada next month.", "sign") == "future"


def test_an_act_named_as_a_reason_happened() -> None:
    assert trigger_modality("Police arrested two men for attacking a guard at the embassy.", "arrested") == "actual"
    assert trigger_modality("The army shelled the town for three hours.", "shelled") == "actual"


def test_a_temporal_clause_shares_the_time_of_its_clause() -> None:
    text = ("Relations broke down in 2016 when Iranian demonstrators attacked the Saudi embassy in Tehran "
            "after Riyadh put a cleric to death.")
    coded = {e.trigger.text: e for e in flashpoint.code_text(text, published="2022-07-20")}
    assert coded["attacked"].modality == "historical" and coded["attacked"].date == "2016"
    monday = {e.trigger.text: e for e in flashpoint.code_text("Police arrested two men on Monday after they attacked a guard.",
                                                               published="2022-07-20")}
    assert monday["attacked"].date == monday["arrested"].date == "2022-07-18"


def test_an_attack_yet_to_come_is_hypothetical_not_future() -> None:
    assert modality_of("The drills are an indication of the regime's plan to invade the DPRK.", "ASSAULT") == "hypothetical"


def test_acceptance_refused_is_a_rejection_but_a_denied_agreement_is_not() -> None:
    refused = [e for e in flashpoint.code_text("Seoul did not agree to the plan.", published="2024-06-05")]
    assert [(e.event_type, e.modality) for e in refused] == [("REJECT", "actual")]
    assert refused[0].produced_by.startswith("rule:reject.refused-acceptance.v1")
    denied = flashpoint.code_text("Tokyo denied that it had agreed to the plan.", published="2024-06-05")
    assert ("AGREE", "negated") in [(e.event_type, e.modality) for e in denied]


def test_dealing_refused_for_the_future_is_a_rejection_made_now() -> None:
    for text in ("Iran will never negotiate with the United States under pressure, the foreign minister said.",
                 "The army and people of Bolivia will never deal with the putschists."):
        coded = flashpoint.code_text(text, published="2024-06-05")
        assert [(e.event_type, e.modality) for e in coded] == [("REJECT", "actual")]
    held = flashpoint.code_text("Iran will negotiate with the United States next week.", published="2024-06-05")
    assert "REJECT" not in [e.event_type for e in held]


def test_an_attack_yet_to_come_keeps_its_date_ahead() -> None:
    attack = [e for e in flashpoint.code_text("Russia will attack Kyiv on Friday.", published="2012-05-01") if e.event_type == "ASSAULT"]
    assert attack and attack[0].modality == "hypothetical" and attack[0].date == "2012-05-04"


def test_force_talked_of_is_a_threat_not_an_attack() -> None:
    coded = flashpoint.code_text("The minister talked about bombing the rebel bases.", published="2024-06-05")
    assert [(e.event_type, e.modality) for e in coded] == [("THREATEN", "actual")]
    assert coded[0].produced_by.startswith("rule:threaten.force-talked-of.v1")
    used = flashpoint.code_text("The army bombed the rebel bases.", published="2024-06-05")
    assert [e.event_type for e in used] == ["ASSAULT"]


def test_a_threat_is_made_when_said_though_what_it_threatens_is_to_come() -> None:
    assert modality_of("The DPRK will bolster its war deterrent still further.", "THREATEN") == "actual"


def test_an_obligation_laid_on_a_party_is_a_demand_made() -> None:
    assert modality_of("The U.S. should pull its troops out of south Korea at once, the statement said.", "REQUEST") == "actual"


def test_an_aim_that_is_to_act_is_no_arrangement() -> None:
    coded = flashpoint.code_text("The aim of the drills is to invade the neighbouring islands.", published="2024-06-05")
    assert not [e for e in coded if e.modality == "future"]


def test_what_a_dated_act_sets_out_takes_that_acts_date() -> None:
    # the content of a policy published years ago is dated with it, so it is background, not news
    text = "In March 2004 Canada made public a defence doctrine to the effect that Ottawa rejects every missile shield treaty."
    reject = next(e for e in flashpoint.code_text(text, published="2012-05-01") if e.event_type == "REJECT")
    assert (reject.date, reject.modality) == ("2004-03", "historical")
    text = "The Peruvian Communist Party issued a statement on March 2 denouncing the naval drills of Chile."
    accuse = next(e for e in flashpoint.code_text(text, published="2012-03-09") if e.event_type == "ACCUSE")
    assert accuse.date == "2012-03-02"


def test_a_relative_clause_about_a_party_keeps_its_own_time() -> None:
    # what a party blacklisted years ago is doing now is not background
    text = "In 2019 Canada listed the rebel group that is shelling villages in eastern Congo as a terrorist body."
    assault = [e for e in flashpoint.code_text(text, published="2024-05-01") if e.event_type == "ASSAULT"]
    assert assault and all(e.modality == "actual" for e in assault)


def test_the_topic_of_an_agreement_is_not_what_it_agrees() -> None:
    # "regarding …" names what the parties talked about, which happened; what they agreed to do is future
    text = "Regarding the missile tests by Iran, the Saudi and Qatari ministers agreed to strengthen their cooperation."
    assert modality_of(text, "MOBILIZE", published="2023-05-01") == "actual"
    # but what the agreed talks are about is still to come
    talks = "Russia and Ukraine agreed to hold talks regarding Russia's withdrawal from Kherson."
    assert modality_of(talks, "RETREAT", published="2023-05-01") == "future"


def test_force_that_readying_force_is_done_for_is_not_told_as_done() -> None:
    assert trigger_modality("The Japanese navy deployed destroyers to strike Chinese ships.", "strike") == "hypothetical"
    assert trigger_modality("The Japanese navy deployed destroyers and struck Chinese ships.", "struck") == "actual"
    # news tells a strike carried out this way: sending or crossing is no mere readying
    assert trigger_modality("Israel sent jets to bomb targets in Gaza on Tuesday.", "bomb") == "actual"


@pytest.mark.parametrize("typer", ["learned", "rules"])
def test_a_meeting_or_visit_yet_to_come_is_an_agreement(typer: str) -> None:
    # the PLOVER manual: future meetings and visits are intentions, coded as AGREE
    settings = flashpoint.Settings(typer=typer)
    found = [(e.event_type, e.modality) for e in flashpoint.code_text("The Japanese foreign minister will visit Seoul next week.",
                                                                      published="2024-06-05", settings=settings)]
    assert ("AGREE", "future") in found and not any(t == "CONSULT" for t, _ in found)
    # support pledged is support given now, not an intention
    pledged = flashpoint.code_text("The Cuban party will always support the Korean people in their struggle.", published="2024-06-05")
    assert [e.event_type for e in pledged] == ["SUPPORT"]


def test_an_agreement_and_a_visit_beside_it_are_two_acts() -> None:
    # "agreed to hold talks" is one agreement; "agreed to X and will visit Y" is an agreement and an intention
    found = [(e.event_type, e.modality) for e in flashpoint.code_text(
        "Japan agreed to lift tariffs on South Korean steel and will visit Seoul next month.", published="2024-06-05")]
    assert sorted(found) == [("AGREE", "actual"), ("AGREE", "future")]


@pytest.mark.parametrize(("text", "trigger"), [("Syria says it is willing to withdraw its troops from Lebanon.", "withdraw"),
                                               ("France said it was ready to contribute troops to the force in Mali.", "contribute")])
def test_readiness_stated_to_cooperate_is_an_offer(text: str, trigger: str) -> None:
    offered = flashpoint.code_text(text, published="2012-05-01")
    assert [(e.event_type, e.modality) for e in offered if e.trigger.text == trigger] == [("AGREE", "actual")]


@pytest.mark.parametrize("text", ["Iran is not ready to withdraw its forces from the islands.",
                                  "The peace agreement is ready to be signed.",
                                  "The troops were ready to withdraw but stayed.",
                                  "Is Iran ready to withdraw its forces from the islands?"])
def test_readiness_denied_passive_past_or_asked_is_no_offer(text: str) -> None:
    assert not [e for e in flashpoint.code_text(text, published="2012-05-01") if e.produced_by.startswith("rule:agree.readiness")]


def test_a_planned_act_called_off_did_not_happen() -> None:
    events = flashpoint.code_text("President Obama cancelled his planned visit to Israel next week.", published="2012-05-01")
    assert [e.modality for e in events if e.trigger.text == "visit"] == ["negated"]


@pytest.mark.parametrize(("text", "trigger", "modality"), [("Israel opposed the planned US sanctions against Iran.", "sanctions", "future"),
                                                           ("Syrian troops abandoned the siege of Homs on Friday.", "siege", "actual")])
def test_only_calling_off_a_plan_makes_it_not_happen(text: str, trigger: str, modality: str) -> None:
    assert [e.modality for e in flashpoint.code_text(text, published="2012-05-01") if e.trigger.text == trigger] == [modality]


@pytest.mark.parametrize("text", [
    "The Kenyan government announced that it will expel the Somali ambassador unless Mogadishu apologises.",
    "Ghana said it would close its border with Togo.",
    # a measure its doer says it may take threatens as much
    "The Kenyan government said it may expel the Somali ambassador.",
    "Ghana said it could close its border with Togo if the raids go on.",
    "The minister said Chile would close the border if Peru did not act.",
])
def test_a_measure_its_doer_declares_is_a_threat_made(text: str) -> None:
    coded = flashpoint.code_text(text, published="2024-06-05")
    threats = [e for e in coded if e.event_type == "THREATEN"]
    assert [(e.modality, e.attribution) for e in threats] == [("actual", None)]
    assert threats[0].produced_by.startswith("rule:threaten.declared-measure.v1")
    assert not [e for e in coded if e.event_type in {"SANCTION", "COERCE"}]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Diplomats said the EU will impose new sanctions on Iran next week.", "SANCTION"),  # others tell it
    ("The Thai government said the state of emergency will be extended for another 30 days.", "COERCE"),  # passive
    ("Indonesia announced it will ban exports of bauxite ore from June.", "SANCTION"),  # aimed at no one
])
def test_a_measure_told_by_others_or_aimed_at_no_one_stays_that_measure_to_come(text: str, event_type: str) -> None:
    coded = flashpoint.code_text(text, published="2024-06-05")
    assert (event_type, "future") in [(e.event_type, e.modality) for e in coded]
    assert "THREATEN" not in [e.event_type for e in coded]


def test_force_its_own_side_says_it_is_able_to_use_is_a_threat_made() -> None:
    coded = flashpoint.code_text("Tehran's navy commander said on Monday that its missiles can strike any American "
                                 "warship in the Gulf.", published="2024-06-05")
    assert [(e.event_type, e.actor_codes, e.recipient_codes, e.modality) for e in coded] == [("THREATEN", ["IRN"], ["USA"], "actual")]
    assert coded[0].produced_by.startswith("rule:threaten.declared-measure.v1")


def test_force_others_say_a_party_is_able_to_use_is_no_threat_of_the_speaker() -> None:
    coded = flashpoint.code_text("A Western analyst said on Monday that Iranian missiles can strike any American warship "
                                 "in the Gulf.", published="2024-06-05")
    assert ("ASSAULT", "hypothetical") in [(e.event_type, e.modality) for e in coded]
    assert "THREATEN" not in [e.event_type for e in coded]


def test_what_a_party_boasts_of_is_its_claim() -> None:
    coded = flashpoint.code_text("The rebels boasted that they had shot down two government helicopters near Goma.",
                                 published="2024-06-05")
    assert [(e.event_type, e.attribution.stance, e.attribution.cue) for e in coded if e.attribution] == [("ASSAULT", "claims", "boasted")]


def test_a_measure_others_say_a_party_may_take_is_no_threat_of_the_speaker() -> None:
    coded = flashpoint.code_text("Diplomats said the EU may impose new sanctions on Iran.", published="2024-06-05")
    assert ("SANCTION", "hypothetical") in [(e.event_type, e.modality) for e in coded]
    assert "THREATEN" not in [e.event_type for e in coded]


@pytest.mark.parametrize(
    ("told", "done", "trigger"),
    [
        # what a basis, a cooperation or a zeal is for
        ("The Thai army is building roads as a basis for an invasion of Cambodia, the Cambodian ministry said.",
         "Thailand ended its invasion of Cambodia in May.", "invasion"),
        # what a right or an order is to do
        ("The decree gave the Thai border guards the right to shoot Cambodian smugglers.",
         "Thai border guards shot two smugglers on Monday.", None),
        # what a drill rehearses
        ("Thai troops staged a drill of storming a Cambodian island on Monday.",
         "Thai troops stormed a Cambodian island on Monday.", None),
        # force told alongside a drill staged, or timed by a drill's start; not an attack during a drill
        ("The Thai and Lao forces staged a live-fire drill near the border, targeting mock enemy bunkers.",
         "North Korea shelled Yeonpyeong Island during South Korea's artillery drills, killing two marines.", None),
        ("When the exercises started, Thai marines stormed a beach near the Cambodian border.",
         "When the talks collapsed, Thai marines stormed a Cambodian island.", None),
        ("As the drills began, Thai commandos attacked a mock bunker on the island.",
         "After the drills ended, Thai commandos attacked a Cambodian border post.", None),
        ("The Thai navy held naval exercises in the gulf, shelling a mock target off the Cambodian coast.",
         "Cambodia condemned the Thai military exercises, shelling a Thai border post on Monday.", None),
        ("When the exercises started, Thai marines stormed a beach near the Cambodian border.",
         "When the football game started, Thai fans attacked Cambodian fans outside the stadium.", None),
        # a doctrine of force, unless a past verb carries it out
        ("The Thai army is stepping up its drills with a preemptive attack on Cambodia as their core.",
         "Israel launched a preemptive strike on the Syrian airbase on Monday.", None),
        # what a party strives or is allowed to do by force, unless a verb tells it begun or carried out
        ("The Thai rebels worked hard to capture the border town.",
         "The Thai rebels began to shell the border town on Monday.", None),
        ("Bolivia passed a law to allow its troops to launch raids on smugglers abroad.",
         "Russia sent jets to bomb the fuel depots near Kharkiv on Monday.", None),
    ],
)
def test_force_named_but_not_told_as_done_is_hypothetical(told: str, done: str, trigger: str | None) -> None:
    def assaults(text: str) -> list:
        return [e for e in flashpoint.code_text(text, published="2024-06-05")
                if e.event_type == "ASSAULT" and (trigger is None or e.trigger.text == trigger)]

    assert assaults(told) and all(e.modality == "hypothetical" for e in assaults(told))
    assert assaults(done) and all(e.modality == "actual" for e in assaults(done))


def test_force_a_drill_stages_is_the_drill() -> None:
    drill = flashpoint.code_text("Pakistan launched a large war drill near the Indian border.", published="2024-06-05")
    assert [e.event_type for e in drill] == ["MOBILIZE"] and drill[0].produced_by.startswith("rule:mobilize.drill.v1")
    attack = flashpoint.code_text("Pakistan launched an attack on Indian posts near the border.", published="2024-06-05")
    assert [e.event_type for e in attack] == ["ASSAULT"]


@pytest.mark.parametrize("told, done, trigger", [
    # (not a protest's aim: what a protest demands is the protest, see test_a_demand_a_protest_carries_is_the_protest)
    ("The police closed the border crossing to pressure the smugglers.",
     "The police pressured the smugglers by closing the border crossing.", "pressure"),
])
def test_an_act_told_only_as_what_another_act_is_for_is_not_told_as_done(told: str, done: str, trigger: str) -> None:
    assert trigger_modality(told, trigger) == "hypothetical"
    assert trigger_modality(done, trigger + "d") == "actual"


@pytest.mark.parametrize("text, trigger", [
    # a press conference, a rally or a statement held or issued "to condemn" is the condemnation
    ("The Kenyan students' union held a press conference on Tuesday to condemn the arrests.", "condemn"),
    # an arrival to train begins the training
    ("Turkish instructors arrived in Tripoli on Monday to train Libyan troops.", "train"),
])
def test_a_forum_held_or_an_arrival_made_for_an_act_carries_it_out(text: str, trigger: str) -> None:
    assert trigger_modality(text, trigger) == "actual"


@pytest.mark.parametrize("sought, done, trigger", [
    ("Seoul is attempting to join the blockade by dispatching troops to the area.",
     "Seoul dispatched troops to the area.", "dispatching"),
    ("The Thai navy seeks to deploy new radars along the coast.",
     "The Thai navy deployed new radars along the coast.", "deploy"),
])
def test_what_a_party_seeks_or_attempts_is_not_told_as_done(sought: str, done: str, trigger: str) -> None:
    assert trigger_modality(sought, trigger) == "hypothetical"
    assert trigger_modality(done, {"dispatching": "dispatched", "deploy": "deployed"}[trigger]) == "actual"



@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("In case Tokyo imposes new sanctions, the ministry will respond.", "imposes", "hypothetical"),
    ("They will hit back in case the enemy shells the border villages.", "shells", "hypothetical"),
    ("In the event of an invasion by Russia, the alliance will respond.", "invasion", "hypothetical"),
    ("In case of an American invasion of Cuba, Moscow will respond.", "invasion", "hypothetical"),
    ("Had the rebels attacked the capital, the army would have responded.", "attacked", "hypothetical"),
    ("Provided Israel withdraws its troops, the talks can resume.", "withdraws", "hypothetical"),
    # a condition that something is not done reports nothing as not done
    ("If Hanoi does not withdraw its troops, Beijing will cut off its aid.", "withdraw", "hypothetical"),
    ("Should the junta not release the detainees, the envoys will leave the country.", "release", "hypothetical"),
    # the condition attaches to the clause after "in case", not to the act done in readiness for it
    ("The navy shelled the coast in case the talks failed.", "shelled", "actual"),
    ("The rebels attacked the capital on Monday, in case anyone doubted their strength.", "attacked", "actual"),
    ("Israel withdrew its troops from the town, should anyone ask.", "withdrew", "actual"),
    # a case or event of someone's is a matter, not a condition
    ("In the minister's case, the police arrested him at the airport.", "arrested", "actual"),
    ("The court jailed the activist in a case filed by the ministry.", "jailed", "actual"),
    # what an act is done in readiness for; "in the event" as "as it turned out"
    ("Armed police guarded the border in case of protests, and arrested two men.", "arrested", "actual"),
    ("In the event, the navy shelled the port on Monday.", "shelled", "actual"),
])
def test_an_act_set_only_as_a_condition_has_not_happened(text: str, trigger: str, expected: str) -> None:
    assert trigger_modality(text, trigger) == expected


def test_the_modal_of_the_first_conjoined_verb_lays_the_obligation_on_the_next() -> None:
    # "should give up … and stop …": the demand to stop is made, as the demand to give up is
    events = flashpoint.code_text("The editorial goes on: The U.S. should give up its ambition and stop at once the drills "
                                  "against the DPRK.", published="2012-05-01")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and {e.modality for e in requests} == {"actual"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Japan and South Korea agreed to strengthen their cooperation after the recent missile launches by North Korea.", "launches"),
    ("Seoul and Tokyo agreed to cooperate closely after the previous nuclear test by North Korea.", "test"),
])
def test_an_act_called_recent_or_last_has_happened_whatever_the_clause_plans(text: str, trigger: str) -> None:
    assert [e.modality for e in flashpoint.code_text(text, published="2022-05-11") if e.trigger.text == trigger] == ["actual"]


@pytest.mark.parametrize("text", ["Tehran said it would retaliate if the embargo went ahead.",
                                  "The Venezuelan army said it will never remain an idle spectator to the incursions."])
def test_a_threat_is_made_whatever_it_holds_back_or_sets_as_a_condition(text: str) -> None:
    threats = [e for e in flashpoint.code_text(text, published="2024-06-05") if e.event_type == "THREATEN"]
    assert threats and {e.modality for e in threats} == {"actual"}


def test_a_past_possibility_or_others_speculation_is_no_threat_made() -> None:
    coded = flashpoint.code_text("Ghana said its troops might have attacked a Togolese village by mistake.", published="2024-06-05")
    assert "THREATEN" not in [e.event_type for e in coded]
    coded = flashpoint.code_text("Seoul should apologise, but Tokyo never asked for an apology.", published="2024-06-05")
    assert [e.modality for e in coded if e.trigger.text == "asked"] == ["negated"]


def test_a_threat_only_spoken_of_or_not_made_is_no_threat_made() -> None:
    for text, modality in (("Analysts said Iran might threaten shipping in the Gulf.", "hypothetical"),
                           ("The army did not threaten the protesters.", "negated")):
        threats = [e for e in flashpoint.code_text(text, published="2024-06-05") if e.event_type == "THREATEN"]
        assert threats and threats[0].modality == modality


@pytest.mark.parametrize(("text", "done", "denied"), [
    ("MOSCOW - Russia did not attack civilian targets, but struck military facilities in Kharkiv.", "struck", "attack"),
    ("BEIJING - China did not send warships into the strait but sent 20 aircraft across the median line.", "sent", "send"),
])
def test_what_a_contrast_sets_against_a_denial_was_done(text: str, done: str, denied: str) -> None:
    coded = {e.trigger.text: e.modality for e in flashpoint.code_text(text, published="2022-07-20")}
    assert coded.get(done) == "actual" and coded.get(denied) == "negated", coded


def test_what_a_party_deserves_is_not_done_to_it() -> None:
    deserved = flashpoint.code_text("The spokesman said the traitors deserve to be punished.", published="2024-06-05")
    assert [e.modality for e in deserved if e.trigger.text == "punished"] == ["hypothetical"]
    # the deed it is punished for was done
    deed = flashpoint.code_text("The spokesman said the militants deserve to be punished for attacking the embassy.", published="2024-06-05")
    assert [e.modality for e in deed if e.trigger.text == "attacking"] == ["actual"]
    done = flashpoint.code_text("The spokesman said the court punished the traitors.", published="2024-06-05")
    assert [e.modality for e in done if e.trigger.text == "punished"] == ["actual"]


@pytest.mark.parametrize("text", [
    "SEOUL - The army chiefs called for a preemptive attack against Pyongyang.",
    "WASHINGTON - The hawks in Congress are crying out for a military option against Iran.",
])
def test_force_called_for_against_another_is_a_threat(text: str) -> None:
    coded = flashpoint.code_text(text, published="2024-06-05")
    assert [e.event_type for e in coded if e.event_type in {"THREATEN", "REQUEST"}] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "NEW YORK - The UN chief called for an end to the attacks.",
    "SEOUL - The union called for strikes across the country.",
    "NAIROBI - The family called for the punishment of the killers.",
    "TOKYO - The ruling party is clamoring for a missile shield.",
])
def test_calling_for_an_end_to_force_or_for_protection_stays_a_demand(text: str) -> None:
    coded = flashpoint.code_text(text, published="2024-06-05")
    assert "THREATEN" not in [e.event_type for e in coded]


def test_reprisal_shouted_for_is_a_threat() -> None:
    shouted = flashpoint.code_text("MOSCOW - The generals clamored for revenge against Kyiv.", published="2022-05-01")
    assert [e.event_type for e in shouted if e.trigger.text == "clamored"] == ["THREATEN"]
    # a response asked for is a demand
    asked = flashpoint.code_text("LONDON - The union leaders clamored for a response from the government.", published="2022-05-01")
    assert [e.event_type for e in asked if e.trigger.text == "clamored"] == ["REQUEST"]
