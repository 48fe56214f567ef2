#!/usr/bin/env python3
"""Writes src/main/resources/scenarios/canada-2011.json, the Canadian drawdown from Kandahar in 2011.

Every number comes from /work/shared/research/canada-2011-facts.md (cited by the fact ids of the legend in the
scenario's notes) or is marked [approx]. No randomness: shipments are released at evenly spaced instants.
Run from the project root: python3 tools/canada-2011-scenario.py [--check SCHEMA.json]
"""
import json
import sys
from datetime import datetime, timedelta, timezone

START = datetime(2011, 7, 1, tzinfo=timezone.utc)
END = datetime(2012, 3, 1, tzinfo=timezone.utc)
RELEASE_END = datetime(2011, 12, 16, tzinfo=timezone.utc)
CLOSURE = "2011-11-26T00:00:00Z"
REOPENING = "2012-07-04T00:00:00Z"
DUE_DAYS = 75


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


LEGEND = [
    "Fact ids (canada-2011-facts.md unless said otherwise): "
    "[KP2013] Kaluzny and Pall (DRDC CORA), Simulating the Repatriation of Canadian Forces Materiel from "
    "Afghanistan, SIMULTECH 2013, https://scitepress.org/Papers/2013/42069/pdf/index.html; "
    "[TATTERSALL] Col. V. Tattersall, Mission Closure Unit, insidelogistics.ca (245 CC-177, 62 CC-130J and 184 "
    "Antonov loads, the Antonovs staging through Cyprus); "
    "[NATPOST] National Post (all armoured vehicles and ammunition flown; Leopard 2A6M tanks, 64 t each, at KAF "
    "for shipment home on 16 June 2011); "
    "[CBC] CBC (about 1,800 containers at KAF after July 2011); "
    "[CP2013] Canadian Press 2013, Toronto Star and National Post July 2012 (632 containers by the ground route "
    "to Karachi, contractor A.J. Maritime; 186 left Afghanistan before Pakistan closed the border on 26 Nov 2011; "
    "about 446 stranded until the reopening in July 2012); "
    "[STAR2010] Toronto Star, Oct 2010 (Camp Mirage, UAE, to be left by 5 Nov 2010); "
    "[PAYLOAD] the facts' payload section (CC-177 about 77 t, An-124 about 120-150 t nominal, both cut in summer "
    "heat at KAF; itself marked approx in the facts); "
    "[ROADKM] the facts: KAF to Karachi by road through Spin Boldak/Chaman about 1,600 km; "
    "[MTL] the facts: Montreal the likely port, the receiving unit 3 CSU being there (approx in the facts); "
    "[PT2012] ndn-facts.md: Karachi-Chaman-Kandahar by truck 10-12 days, Rs 0.25M per truck, "
    "https://www.pakistantoday.com.pk/2012/07/05/nato-supply-trucks-set-to-roll/; "
    "[PRI2012] ndn-facts.md: the Pakistani ground route reopened 3-5 Jul 2012, "
    "https://www.pri.org/stories/2012-07-05/pakistan-nato-supply-routes-reopen; "
    "[NDN] the shipped ndn-2012 scenario and ndn-facts.md section 6 (its working approximations, reused here so "
    "that both scenarios price and time the same legs alike).",
]

NOTES = [
    "canada-2011: the Canadian repatriation of materiel from Kandahar, July to December 2011, replayed: "
    "everything starts at Kandahar Airfield and goes home to 3 CSU Montreal by air (CC-177 direct, CC-130J and "
    "chartered An-124 through a staging base in Cyprus) or by road through Spin Boldak/Chaman to Karachi and the "
    "sea; Pakistan closes the border on 26 Nov 2011 [KP2013][CP2013][TATTERSALL].",
] + LEGEND + [
    "Shipments (aggregated; ids tell what they hold): nearly 1,500 sea containers, 800 vehicles and 200 air "
    "pallets [KP2013]. CTR-G-nnnn: two 20 ft containers (2 TEU) of the ground line of communication, cargo class "
    "GENERAL; there are 316 of them, the 632 containers that went by the ground route [CP2013]. CTR-A-nnnn: two "
    "containers (2 TEU) that go by air, 434 of them (868 = 1,500 - 632), class LETHAL: the study gives every item "
    "a fixed line of communication when it is created [KP2013], and LETHAL here stands for 'must fly' "
    "(ammunition, weapons, sensitive stores) [approx]. VEH-T-nn: one Leopard 2A6M (64 t [NATPOST], 2 TEU by "
    "footprint [approx]); 20 tanks [approx] (the facts give no count); they reached KAF on "
    "16 Jun 2011 [NATPOST] and are released evenly over July and August [approx]. VEH-nnnn: two other vehicles (4 TEU, 28 t: 14 t and 2 TEU each [approx]), 390 of "
    "them, so 800 vehicles in all [KP2013]; every vehicle is treated as armoured, and so air-only [NATPOST] "
    "[approx]. PAL-nnnn: two 463L air pallets (1 TEU, 6 t: 3 t each [approx]), 100 of them, 200 pallets "
    "[KP2013], class LETHAL (air-only) [approx]. One container counts as one TEU and weighs 10 t [approx].",
    "Release and due dates [approx]: the facts give no release profile, only that combat operations ended in "
    "July 2011 and that the redeployment out of Kandahar was to be complete by the end of December 2011 [KP2013]; "
    "each kind of shipment is released at evenly spaced instants from 1 Jul to 16 Dec 2011 (no randomness), and "
    "is due at Montreal 75 days after its release [approx]: the surface journey, road 10-12 days [PT2012], sea "
    "26 days [NDN], handling and the weekly sailing, takes 45-50 days, and a due date that tight would make the "
    "planner fly containers to save a few hours of lateness (lateness ranks before cost); 75 days leave room for a "
    "missed sailing or two and still end by the horizon. Priority 3 for all "
    "[approx]. The end of the mission closes KAF to Canadian cargo from 1 Jan 2012 [KP2013].",
    "Aircraft payloads in TEU are the cargo floor divided by the 14.9 m2 of a 20 ft container, rounded down "
    "[approx]: CC-177 26.8 x 5.5 m, 9 TEU; An-124 36 x 6.4 m, 15 TEU; CC-130J 16.9 x 3.1 m, 3 TEU. Summer heat "
    "cuts payloads at KAF [KP2013]: modelled as a capacity variant by period, a lane disruption at 80% of TEU and "
    "tonnes from 1 Jul to 16 Sep 2011 on the three KAF air lanes (the factor and the end date [approx], as in "
    "ndn-2012 [NDN]); flights are preferred at night [KP2013], so every KAF departure is at night local time "
    "(UTC+4:30). The study loads An-124 and CC-177 aircraft daily [KP2013]: one departure a night per aircraft "
    "type from KAF; the CC-130J likewise [approx]. A departure nobody uses is a flight that does not happen.",
    "Costs [approx] are US dollars per TEU and follow ndn-2012 [NDN]: the Pakistani road priced from Rs 0.25M per "
    "truck [PT2012], the sea as Karachi to North America, and airlift at about 8-10 times the surface route; "
    "among aircraft the national CC-177 is cheapest per TEU, the chartered An-124 next and the small CC-130J (two "
    "legs through Cyprus) dearest [approx]. Overflights are not modelled beyond the Pakistan air corridor, and "
    "Camp Mirage is not a node: Canada had to leave it by 5 Nov 2010 [STAR2010].",
    "The Pakistani border closure from 26 Nov 2011 [CP2013] to the reopening on 4 Jul 2012 [PRI2012] is the "
    "disruption on CMN; the replay solves with it ('closure known') and without it, then replans on 26 Nov 2011 "
    "with every leg departed before pinned ('closure unknown'), and compares with the historical figures.",
]

nodes = [
    dict(code="KAF", name="Kandahar Airfield", country="AF", kind="BASE", lat=31.51, lon=65.85, handlingHours=24,
         note="Start point of every item of the Canadian repatriation [KP2013]; about 1,800 containers were here "
              "after July 2011 [CBC]. Handling 24 h: a base sort yard, as ndn-2012 [NDN] [approx]. Coordinates "
              "[approx]. No daily throughput limit: the lanes limit [approx]."),
    dict(code="SBD", name="Spin Boldak", country="AF", kind="BORDER_CROSSING", lat=31.01, lon=66.40, handlingHours=12,
         note="Afghan side of the road crossing to Chaman on the way to Karachi [ROADKM]. Handling 12 h, a road "
              "border crossing 6-24 h [NDN] [approx]. Coordinates [approx]."),
    dict(code="CMN", name="Chaman", country="PK", kind="BORDER_CROSSING", lat=30.92, lon=66.45, handlingHours=24,
         note="Pakistani side of the crossing [ROADKM]; closed from 26 Nov 2011 [CP2013] to 4 Jul 2012 [PRI2012]. "
              "Handling 24 h for Pakistani customs, as ndn-2012 [NDN] [approx]. Coordinates [approx]."),
    dict(code="KHI", name="Karachi", country="PK", kind="SEAPORT", lat=24.84, lon=66.98, handlingHours=48,
         note="Seaport of the ground route [CP2013][ROADKM]. Handling 48 h for port clearance, as ndn-2012 [NDN] "
              "[approx]. Coordinates [approx]."),
    dict(code="CYP", name="Cyprus staging airfield (Larnaca)", country="CY", kind="AIRFIELD", lat=34.88, lon=33.63,
         handlingHours=12,
         note="The Antonovs staged through Cyprus [TATTERSALL]; which airfield is not said: Larnaca's coordinates "
              "[approx]. The CC-130J stages here too [approx]. Handling 12 h (refuelling, crew, transfer) "
              "[approx]."),
    dict(code="YTR", name="CFB Trenton", country="CA", kind="AIRFIELD", lat=44.12, lon=-77.53, handlingHours=12,
         note="[approx] Air arrival point in Canada: the facts say only 'Canada'; Trenton, home of the RCAF's air "
              "mobility, is an assumption. Handling 12 h [approx]. Coordinates [approx]."),
    dict(code="MTL", name="3 CSU Montreal", country="CA", kind="DESTINATION", lat=45.50, lon=-73.55, handlingHours=0,
         note="Destination of every shipment: the receiving unit 3 CSU and the likely port are in Montreal [MTL] "
              "[approx]. Handling 0 (the journey ends here). Coordinates [approx]."),
]

HEAT_NOTE = " Summer heat cuts this payload to 80% until 16 Sep 2011 (a disruption) [KP2013] [approx]."


def lane(code, frm, to, mode, hours, teu, tons, cost, schedule, note, transits=()):
    return dict(code=code, **{"from": frm}, to=to, mode=mode, transitHours=hours, capacityTeu=teu,
                capacityTons=tons, costPerTeu=cost, transits=list(transits), schedule=schedule, note=note)


lanes = [
    lane("KAF-SBD-ROAD", "KAF", "SBD", "ROAD", 4, 20, 440.0, 250, {"daily": ["03:00"]},
         "Kandahar to Spin Boldak, about 100 km of the 1,600 km road to Karachi [ROADKM] at about 25 km/h with "
         "checkpoints [NDN] [approx]. A daily convoy of up to 20 contracted trucks, one container and 22 t each "
         "[approx] (the study loads contracted trucks daily [KP2013]; it gives no number). USD 250/TEU: the "
         "Afghan share of Rs 0.25M per truck [PT2012], as ndn-2012 [NDN] [approx]."),
    lane("SBD-CMN-ROAD", "SBD", "CMN", "ROAD", 2, 20, 440.0, 0, {"daily": ["08:00"]},
         "The border crossing Spin Boldak-Chaman [ROADKM]: 2 h, same 20 trucks a day [approx]; crossing fees not "
         "modelled, USD 0 [approx]."),
    lane("CMN-KHI-ROAD", "CMN", "KHI", "ROAD", 228, 20, 440.0, 1080, {"daily": ["06:00"]},
         "Chaman to Karachi, the rest of the 1,600 km [ROADKM]: Karachi-Chaman-Kandahar takes 10-12 days by "
         "truck [PT2012], this Pakistani part 9.5 days as ndn-2012 [NDN]. 20 trucks a day [approx]. USD 1,080/TEU, "
         "the Pakistani share of Rs 0.25M per truck [PT2012][NDN] [approx]."),
    lane("KHI-MTL-SEA", "KHI", "MTL", "SEA", 624, 400, 8000.0, 9800, {"weekly": ["MON 12:00"]},
         "Karachi to Montreal by sea [MTL] via Suez: 26 days and USD 9,800/TEU as Karachi to North America in "
         "ndn-2012 [NDN] [approx]; a weekly sailing with 400 TEU and 8,000 t for Canadian cargo [approx].",
         transits=["EG"]),
    lane("KAF-YTR-CC177", "KAF", "YTR", "AIR", 18, 9, 77.0, 90000, {"daily": ["17:30"]},
         "CC-177 to Canada [TATTERSALL]: about 77 t [PAYLOAD], 9 TEU by cargo floor [approx]; about 10,900 km, "
         "18 h with a technical stop [approx]. Departs 22:00 at KAF, at night [KP2013]; daily [KP2013]. "
         "USD 90,000/TEU, about 8x the surface route [NDN] [approx]." + HEAT_NOTE,
         transits=["PK"]),
    lane("KAF-CYP-AN124", "KAF", "CYP", "AIR", 7, 15, 120.0, 45000, {"daily": ["19:30"]},
         "Chartered An-124 to Cyprus, where the Antonovs staged [TATTERSALL]: 120 t, the low end of 120-150 t "
         "[PAYLOAD], 15 TEU by cargo floor [approx]; about 5,000 km around Iran, 7 h [approx]. Departs 00:00 at "
         "KAF, at night [KP2013]; daily [KP2013]. USD 45,000/TEU [approx]." + HEAT_NOTE,
         transits=["PK"]),
    lane("KAF-CYP-CC130J", "KAF", "CYP", "AIR", 9, 3, 19.0, 55000, {"daily": ["21:30"]},
         "CC-130J to the staging base [TATTERSALL] in Cyprus [approx]: 19 t and 3 TEU [approx] (the facts give "
         "no CC-130J payload); about 5,000 km, 9 h [approx]. Departs 02:00 at KAF, at night [KP2013]; daily "
         "[approx]. USD 55,000/TEU [approx]." + HEAT_NOTE,
         transits=["PK"]),
    lane("CYP-YTR-AN124", "CYP", "YTR", "AIR", 12, 15, 120.0, 55000, {"daily": ["08:00", "20:00"]},
         "An-124 from Cyprus to Canada [TATTERSALL], the onward leg of the Antonov loads and of the CC-130J cargo "
         "[approx]: 120 t [PAYLOAD] and 15 TEU [approx]; about 8,900 km, 12 h; twice a day [approx]. "
         "USD 55,000/TEU [approx]."),
    lane("YTR-MTL-ROAD", "YTR", "MTL", "ROAD", 6, 60, 1320.0, 300, {"daily": ["08:00", "20:00"]},
         "[approx] Trenton to 3 CSU Montreal by road, about 340 km, 6 h; 60 TEU twice a day; USD 300/TEU."),
]

ALL = ["GENERAL", "VEHICLES", "LETHAL", "DANGEROUS"]
permissions = [
    dict(country="AF", cargoClasses=ALL,
         note="[approx] Host nation of ISAF; its own restrictions on the drawdown are not modelled."),
    dict(country="PK", cargoClasses=["GENERAL"], modes=["ROAD", "SEA"],
         note="The ground route to Karachi carried containers [CP2013]; all armoured vehicles and ammunition were "
              "flown [NATPOST], so neither VEHICLES nor LETHAL may use the Pakistani road or port (every vehicle "
              "treated as armoured [approx]). The closure from 26 Nov 2011 is a disruption on CMN, not a "
              "permission, so that the replay can remove it."),
    dict(country="PK", cargoClasses=ALL, modes=["AIR"],
         note="[approx] The Pakistan air corridor stays open to all classes: the closure hit the ground route "
              "[CP2013]."),
    dict(country="CY", cargoClasses=ALL, modes=["AIR"],
         note="The Antonovs staged through Cyprus [TATTERSALL]; all classes by air [approx]."),
    dict(country="EG", cargoClasses=["GENERAL"], modes=["SEA"],
         note="[approx] Suez Canal transit for the containers shipped from Karachi."),
    dict(country="CA", cargoClasses=ALL,
         note="[approx] Home nation: everything may enter."),
]

disruptions = [
    dict(node="CMN", **{"from": CLOSURE}, to=REOPENING, capacityFactor=0.0,
         reason="Pakistan closed the border on 26 Nov 2011 [CP2013]; the ground route reopened on 3-5 Jul 2012 "
                "[PRI2012]."),
    dict(node="KAF", **{"from": "2012-01-01T00:00:00Z"}, to=iso(END), capacityFactor=0.0,
         reason="The redeployment out of Kandahar was to be complete by the end of December 2011 [KP2013]: KAF "
                "is closed to Canadian cargo from 1 Jan 2012 to the end of the horizon."),
] + [
    dict(lane=code, **{"from": iso(START)}, to="2011-09-16T00:00:00Z", capacityFactor=0.8,
         reason="Summer heat at KAF (45 C and more by day, 20-35 C at night) cuts aircraft payload [KP2013]; "
                "80% of TEU and tonnes until 16 Sep 2011 [approx], as ndn-2012 [NDN].")
    for code in ["KAF-YTR-CC177", "KAF-CYP-AN124", "KAF-CYP-CC130J"]
]


def releases(n, start=START, end=RELEASE_END):
    span = (end - start) / n
    return [(start + span * (i + 0.5)).replace(minute=0, second=0, microsecond=0) for i in range(n)]


def shipment(sid, cargo, teu, tons, available):
    return dict(id=sid, nation="CA", origin="KAF", destination="MTL", cargoClass=cargo, teu=teu, weightTons=tons,
                availableAt=iso(available), dueAt=iso(available + timedelta(days=DUE_DAYS)), priority=3)


shipments = []
shipments += [shipment("CTR-G-%04d" % (i + 1), "GENERAL", 2, 20.0, t) for i, t in enumerate(releases(316))]
shipments += [shipment("CTR-A-%04d" % (i + 1), "LETHAL", 2, 20.0, t) for i, t in enumerate(releases(434))]
shipments += [shipment("VEH-T-%02d" % (i + 1), "VEHICLES", 2, 64.0, t)
              for i, t in enumerate(releases(20, end=datetime(2011, 9, 1, tzinfo=timezone.utc)))]
shipments += [shipment("VEH-%04d" % (i + 1), "VEHICLES", 4, 28.0, t) for i, t in enumerate(releases(390))]
shipments += [shipment("PAL-%04d" % (i + 1), "LETHAL", 1, 6.0, t) for i, t in enumerate(releases(100))]
shipments.sort(key=lambda s: (s["availableAt"], s["id"]))

scenario = dict(name="canada-2011", horizon=dict(start=iso(START), end=iso(END)), nodes=nodes, lanes=lanes,
                permissions=permissions, quotas=[], disruptions=disruptions, shipments=shipments, notes=NOTES)

if "--check" in sys.argv:
    import jsonschema
    schema = json.load(open(sys.argv[sys.argv.index("--check") + 1]))
    jsonschema.Draft202012Validator(schema).validate(scenario)
    print("valid against", sys.argv[sys.argv.index("--check") + 1], file=sys.stderr)

with open("src/main/resources/scenarios/canada-2011.json", "w") as f:
    json.dump(scenario, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(shipments), "shipments", file=sys.stderr)
