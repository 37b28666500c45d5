package io.customercodes.sample;

import static io.customercodes.sample.SampleCode.adapted;
import static io.customercodes.sample.SampleCode.adopting;
import static io.customercodes.sample.SampleCode.draft;
import static io.customercodes.sample.SampleCode.form;
import static io.customercodes.sample.SampleCode.indicator;
import static io.customercodes.sample.SampleCode.model;
import static io.customercodes.sample.SampleCode.objectives;
import static io.customercodes.sample.SampleCode.promise;
import static io.customercodes.sample.SampleCode.smallBusiness;
import static io.customercodes.sample.SampleCode.provision;
import static io.customercodes.sample.SampleCode.start;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.measurement.IndicatorReadings;
import io.customercodes.measurement.IndicatorStatus;
import io.customercodes.sample.SampleCode.Phase;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start of the demo run, walks sample codes of different kinds of organization through
 * the real processes, as the demo users, and leaves each in a different phase.
 */
@Component
@ConditionalOnProperty(name = "customer-codes.demo.enabled", havingValue = "true")
class SampleCodes {

    private static final Logger log = LoggerFactory.getLogger(SampleCodes.class);

    static final String MODEL_CODE = "FAIR-ONLINE-RETAIL";

    /** The sponsor's model code comes before the codes that adopt it. */
    static final List<SampleCode> SAMPLES = List.of(onlineShop(), restaurant(), energySupplier(), repairShop(),
            fairOnlineRetailModel(), homewareDirect(), cornerBooks());

    private final CodeRepository codes;
    private final TaskWalker walker;
    private final IndicatorReadings readings;
    private final SampleComplaints complaints;

    SampleCodes(CodeRepository codes, TaskWalker walker, IndicatorReadings readings, SampleComplaints complaints) {
        this.codes = codes;
        this.walker = walker;
        this.readings = readings;
        this.complaints = complaints;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void createOnFirstStart() {
        if (codes.count() > 0) {
            return;
        }
        for (SampleCode sample : SAMPLES) {
            walk(sample);
            log.info("Sample code {} is ready ({})", sample.key(), sample.phase());
        }
        complaints.walk();
        log.info("Sample complaints against {} are ready", SampleComplaints.CODE);
    }

    void walk(SampleCode sample) {
        String key = sample.key();
        walker.startCode(sample.manager(), sample.startForm());
        walker.complete(sample.manager(), key, "Task_SetObjectives", sample.objectives());
        walker.complete(sample.manager(), key, "Task_DraftCode", sample.draft());
        if (sample.phase() == Phase.CONSULTATION) {
            return;
        }
        walker.complete("sam", key, "Task_GiveFeedback", form("consultationPosition", "SUPPORT_WITH_CHANGES",
                "feedbackComments", "Please state the remedy in plain words, with amounts where there are any."));
        walker.complete(sample.manager(), key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED",
                "consolidationNotes", "Remedies are stated with amounts; nothing else asked for."));
        if (sample.phase() == Phase.ACCURACY_CHECK) {
            return;
        }
        walker.complete("carla", key, "Task_CheckAccuracy", form("accuracyDecision", "ACCURATE",
                "principlesMet", FormValues.json(List.of("COMMITMENT", "CAPACITY", "VISIBILITY", "ACCESSIBILITY",
                        "RESPONSIVENESS", "ACCURACY", "ACCOUNTABILITY", "CONTINUAL_IMPROVEMENT")),
                "accuracyFindings", "Promises match current delivery data and contract terms.",
                "gapJustification", sample.gapJustification()));
        if (sample.phase() == Phase.APPROVAL) {
            return;
        }
        walker.complete("tom", key, "Task_ApproveCode", form("approvalDecision", "APPROVED",
                "approvalComment", "Approved for publication."));
        walker.runAsyncContinuations(key);
        walker.complete(sample.manager(), key, "Task_MakeCodeAvailable", form(
                "availabilityChannels", FormValues.json(List.of("WEBSITE", "CUSTOMER_SERVICE", "CONTRACT_TERMS")),
                "accessibilityMeasures", "Web page meets WCAG 2.1 AA; large-print copy on request."));
        String firstTeam = walker.open(key, "Task_BriefPersonnel").get(0).getId();
        walker.completeOne(sample.manager(), firstTeam, form("briefingMethod", "TRAINING",
                "acknowledgedBy", "Lena Fischer, team lead", "briefingNotes", "One-hour session with examples."));
        if (!codes.getByKey(key).isModel()) {
            recordFirstReadings(key, sample.manager());
        }
    }

    /** A first measurement: the first indicator keeps its target, the others narrowly miss theirs. */
    private void recordFirstReadings(String key, String manager) {
        Code code = codes.getByKey(key);
        List<IndicatorStatus> indicators = readings.status(code);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorStatus indicator = indicators.get(i);
            BigDecimal step = indicator.targetValue().abs().max(BigDecimal.ONE).multiply(new BigDecimal("0.05"));
            boolean keep = i == 0;
            boolean atLeast = "AT_LEAST".equals(indicator.comparison());
            BigDecimal value = keep == atLeast ? indicator.targetValue().add(step) : indicator.targetValue().subtract(step);
            readings.record(code, indicator.indicatorId(), value.setScale(1, RoundingMode.HALF_UP),
                    EngineClock.today(), "First measurement after publication (sample data)", manager);
        }
    }

    private static SampleCode onlineShop() {
        return new SampleCode("mary",
                start("ACME-ONLINE", "Acme Online Shop customer promise", "Acme Online Ltd",
                        "Orders placed in the Acme web shop and mobile app by consumers in the UK and Ireland.",
                        12, List.of("CUSTOMER_REPRESENTATIVES", "CONSUMER_ORGANIZATIONS")),
                objectives("Cut delivery and returns complaints by half; make our promises checkable by customers.",
                        "Most complaints in the last year: late deliveries (41 %), refunds taking too long (27 %).",
                        "Customers expect delivery in 3 working days and refunds within a week.",
                        "Consumer Contracts Regulations 2013: 14-day cancellation right; UK GDPR."),
                draft(List.of(
                                promise("DELIVERY", "We deliver in-stock items within 3 working days, or refund the "
                                        + "delivery charge."),
                                promise("RETURNS", "You may return any item within 30 days; we refund within 5 working "
                                        + "days of receiving it."),
                                promise("PERSONAL_INFORMATION", "We never sell your personal information.")),
                        List.of(provision("REMEDY", "Late delivery: the delivery charge is refunded automatically.", 1),
                                provision("COMPLAINT_CHANNEL", "Complain on our website, by phone or by post.", null),
                                provision("DISPUTE_RESOLUTION", "Unresolved complaints go to the Retail ADR scheme.",
                                        null)),
                        List.of(indicator("Orders delivered within 3 working days", 1, "AT_LEAST", 95, "%"),
                                indicator("Average refund time", 2, "AT_MOST", 5, "days")),
                        List.of("Customer service", "Warehouse"),
                        "Daily delivery report; refunds checked weekly by the finance team.",
                        "Code on the website footer and in every order confirmation; staff intranet page.",
                        "Two customer service agents trained as code contacts."),
                Phase.BRIEFING,
                "Responsibility: the head of customer service answers for the code under our complaints policy, "
                        + "linked from the code. Promise 3 is a prohibition with nothing to count: a breach would "
                        + "reach us as a complaint, and complaints are counted at every review.");
    }

    private static SampleCode restaurant() {
        return new SampleCode("mary",
                start("TRATTORIA-BELLA", "Trattoria Bella guest promise", "Trattoria Bella",
                        "Table service, take-away and bookings at our restaurant in Bristol.",
                        12, List.of("CUSTOMER_REPRESENTATIVES", "STAFF")),
                objectives("Show guests what they can count on and how we put things right.",
                        "Complaints mention waiting times at weekends and allergen questions.",
                        "Guests expect a table within 15 minutes of their booking and clear allergen information.",
                        "Food Information Regulations: 14 allergens must be declared."),
                draft(List.of(
                                promise("PRODUCT_ATTRIBUTES", "Every dish lists the 14 declarable allergens on request."),
                                promise("OTHER", "Booked tables are ready within 15 minutes of the booking time.")),
                        List.of(provision("REMEDY", "If your table is late, dessert is on us.", 2)),
                        List.of(indicator("Bookings seated within 15 minutes", 2, "AT_LEAST", 90, "%")),
                        List.of("Kitchen", "Front of house"),
                        "Allergen matrix updated with each menu change.",
                        "Promise card on every table and on the booking page.",
                        "Owner and head waiter."),
                Phase.CONSULTATION, null);
    }

    private static SampleCode energySupplier() {
        return new SampleCode("mary",
                start("NORDLICHT-ENERGY", "Nordlicht Energy customer charter", "Nordlicht Energie GmbH",
                        "Electricity and gas supply to households; billing, meter readings and switching.",
                        24, List.of("CONSUMER_ORGANIZATIONS", "REGULATORS")),
                objectives("Reduce billing complaints and give vulnerable customers clear protection.",
                        "Billing errors are the largest complaint group (52 %).",
                        "Correct bills, quick answers, no disconnection without warning.",
                        "Energy supply licence conditions; ombudsman scheme membership."),
                draft(List.of(
                                promise("COMPLAINTS", "We answer every complaint within 5 working days."),
                                promise("OTHER", "We never disconnect a household in winter for unpaid bills.")),
                        List.of(provision("DISPUTE_RESOLUTION", "After 8 weeks you may go to the Energy Ombudsman.",
                                        1),
                                provision("RESPONSIBILITY", "Our head of customer care is responsible for this code.",
                                        null)),
                        List.of(indicator("Complaints answered within 5 working days", 1, "AT_LEAST", 98, "%")),
                        List.of("Billing", "Call centre"),
                        "Complaint handling procedure CH-3; winter protection list reviewed monthly.",
                        "Charter printed on the annual statement and published online.",
                        "Customer care team of 12."),
                Phase.APPROVAL,
                "Complaints are taken under our licensed complaint procedure CH-3 (phone, online, letter), which "
                        + "every bill prints. Promise 2 is a prohibition: any winter disconnection is reported to "
                        + "the regulator and counted at each review.");
    }

    /** A trade association's model code (ISO 10001 annex G), developed and published by the code sponsor. */
    private static SampleCode fairOnlineRetailModel() {
        return new SampleCode("sara",
                model(start(MODEL_CODE, "Fair online retail model code", "Retail Trade Association",
                        "A model code for member shops that sell online to consumers: delivery, returns, personal "
                                + "information and complaints. Members adopt it and fill in their own details.",
                        12, List.of("CONSUMER_ORGANIZATIONS", "INDUSTRY_BODY"))),
                objectives("Give members a tested set of promises that consumers recognise across shops.",
                        "Members report most complaints about late deliveries and slow refunds.",
                        "Consumers expect a clear delivery date before paying and refunds within two weeks.",
                        "Consumer Contracts Regulations 2013: 14-day cancellation right; UK GDPR."),
                draft(List.of(
                                promise("DELIVERY", "We tell you the delivery date before you pay, and deliver in-stock "
                                        + "items within 5 working days."),
                                promise("RETURNS", "You may return any item within 30 days of delivery; we refund "
                                        + "within 14 days of receiving it."),
                                promise("PERSONAL_INFORMATION", "We use your personal information only to deliver and "
                                        + "support your order, unless you agree to more."),
                                promise("COMPLAINTS", "We answer every complaint within 10 working days.")),
                        List.of(provision("REMEDY", "Late delivery: the delivery charge is refunded.", 1),
                                provision("COMPLAINT_CHANNEL", "Member to fill in: how customers complain (web form, "
                                        + "e-mail, phone, post).", null),
                                provision("RESPONSIBILITY", "Member to fill in: the person or role who answers for "
                                        + "the code.", null),
                                provision("DISPUTE_RESOLUTION", "Unresolved complaints may go to the Retail ADR scheme "
                                        + "run by the association.", null)),
                        List.of(indicator("Orders delivered within 5 working days", 1, "AT_LEAST", 90, "%"),
                                indicator("Refunds paid within 14 days", 2, "AT_LEAST", 95, "%"),
                                indicator("Complaints answered within 10 working days", 4, "AT_LEAST", 95, "%")),
                        List.of("Member support desk"),
                        "Guidance notes for members on measuring each indicator.",
                        "Published on the association's website; members' logo scheme.",
                        "The association's code secretariat."),
                Phase.BRIEFING,
                "A model code: each adopting member fills in its own complaint channel and responsibility, which "
                        + "the accuracy check of each adopted code verifies.");
    }

    /** Adopts the model code and goes further: a tighter delivery target and a promise of its own. */
    private static SampleCode homewareDirect() {
        return new SampleCode("mary",
                adopting(MODEL_CODE, start("HOMEWARE-DIRECT", "Homeware Direct customer promise",
                        "Homeware Direct Ltd", "Online orders of kitchen and home goods delivered in Great Britain.",
                        12, List.of("CUSTOMER_REPRESENTATIVES", "CONSUMER_ORGANIZATIONS"))),
                objectives("Adopt the association's model code and beat its delivery promise.",
                        "Complaints last year: damaged goods (35 %), late delivery (30 %).",
                        "Customers expect free returns and delivery within a week.",
                        "Consumer Contracts Regulations 2013; UK GDPR."),
                draft(List.of(
                                adapted(1, "DELIVERY", "We tell you the delivery date before you pay, and deliver "
                                        + "in-stock items within 3 working days."),
                                adapted(2, "RETURNS", "You may return any item within 30 days of delivery, free of "
                                        + "charge; we refund within 14 days of receiving it."),
                                adapted(3, "PERSONAL_INFORMATION", "We use your personal information only to deliver "
                                        + "and support your order, unless you agree to more."),
                                adapted(4, "COMPLAINTS", "We answer every complaint within 10 working days."),
                                promise("PRODUCT_ATTRIBUTES", "Anything that arrives damaged is replaced at once.")),
                        List.of(provision("REMEDY", "Late delivery: the delivery charge is refunded.", 1),
                                provision("COMPLAINT_CHANNEL", "Complain on our website, by e-mail to "
                                        + "care@homeware-direct.example or by phone.", null),
                                provision("RESPONSIBILITY", "Our customer care manager answers for this code.", null),
                                provision("DISPUTE_RESOLUTION", "Unresolved complaints may go to the Retail ADR scheme "
                                        + "run by the association.", null)),
                        List.of(adapted(1, "Orders delivered within 3 working days", 1, "AT_LEAST", 95, "%"),
                                adapted(2, "Refunds paid within 14 days", 2, "AT_LEAST", 95, "%"),
                                adapted(3, "Complaints answered within 10 working days", 4, "AT_LEAST", 95, "%")),
                        List.of("Customer care"),
                        "Delivery report checked daily; damaged-goods log reviewed weekly.",
                        "Code linked from every page footer and order confirmation.",
                        "Customer care team of five."),
                Phase.BRIEFING,
                "Adopted from the association's model code; promise 5 is counted through complaints.");
    }

    /** A small shop that adopts the model code with a looser delivery target, and says why. */
    private static SampleCode cornerBooks() {
        return new SampleCode("mary",
                smallBusiness(adopting(MODEL_CODE, start("CORNER-BOOKS", "Corner Books online promise",
                        "Corner Books (sole trader)",
                        "Books sold through our web shop and sent by post; a small business (ISO 10001 annex C).",
                        12, List.of("CUSTOMER_REPRESENTATIVES")))),
                objectives("Adopt the association's model code in a form a one-person shop can keep.",
                        "Few complaints; most about parcels delayed in the post.",
                        "Customers expect books to arrive within a week and easy returns.",
                        "Consumer Contracts Regulations 2013."),
                draft(List.of(
                                adapted(1, "DELIVERY", "We tell you the delivery date before you pay, and send in-stock "
                                        + "books within 5 working days."),
                                adapted(2, "RETURNS", "You may return any book within 30 days of delivery; we refund "
                                        + "within 14 days of receiving it."),
                                adapted(3, "PERSONAL_INFORMATION", "We use your personal information only to deliver "
                                        + "and support your order, unless you agree to more."),
                                adapted(4, "COMPLAINTS", "We answer every complaint within 10 working days.")),
                        List.of(provision("COMPLAINT_CHANNEL", "Complain by e-mail to shop@corner-books.example or "
                                        + "at the shop counter.", null),
                                provision("RESPONSIBILITY", "The owner answers for this code.", null),
                                provision("DISPUTE_RESOLUTION", "Unresolved complaints may go to the Retail ADR scheme "
                                        + "run by the association.", null)),
                        List.of(adapted(1, "Orders delivered within 5 working days", 1, "AT_LEAST", 85, "%"),
                                adapted(2, "Refunds paid within 14 days", 2, "AT_LEAST", 95, "%"),
                                adapted(3, "Complaints answered within 10 working days", 4, "AT_LEAST", 95, "%")),
                        List.of("Shop"),
                        "Orders packed the day they come in; post office receipts kept.",
                        "Promise printed on the web shop's front page and on every invoice.",
                        "Owner."),
                Phase.BRIEFING,
                "A one-person shop: the owner is the complaint channel and answers for the code.")
                .withDeviationReasons("We send by standard post only; the postal service delivers about 85 % of "
                        + "parcels within 5 working days, so we cannot honestly promise 90 %. The remedy for late "
                        + "delivery is left out because we charge no delivery fee.");
    }

    private static SampleCode repairShop() {
        return new SampleCode("mary",
                start("BYTEFIX-REPAIRS", "ByteFix repair promise", "ByteFix (sole trader)",
                        "Phone and laptop repairs at our shop counter; a small business code (ISO 10001 annex C).",
                        12, List.of("CUSTOMER_REPRESENTATIVES")),
                objectives("Give customers a fixed quote and a repair guarantee they can rely on.",
                        "A few complaints about quotes that changed after the device was opened.",
                        "A fixed price before work starts and a guarantee on parts.",
                        "Consumer Rights Act 2015: services with reasonable care and skill."),
                draft(List.of(
                                promise("PRODUCT_ATTRIBUTES", "The quoted price is the price you pay."),
                                promise("RETURNS", "Every repair carries a 90-day guarantee on parts and labour.")),
                        List.of(provision("LIMITATION", "The guarantee does not cover liquid damage after repair.", 2)),
                        List.of(indicator("Repairs returned under guarantee", 2, "AT_MOST", 3, "%")),
                        List.of(),
                        "Quote form signed by customer before work starts.",
                        "Poster at the counter; line on every receipt.",
                        "Owner."),
                Phase.ACCURACY_CHECK, null);
    }
}
