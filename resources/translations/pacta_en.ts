<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdviceDialog</name>
    <message>
        <location filename="../../gui/letters/advice.py" line="40"/>
        <source>Before you send it</source>
        <translation>Before you send it</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="43"/>
        <source>1. Restate their concern</source>
        <translation>1. Restate their concern</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="45"/>
        <source>The letter opens with the client&apos;s concern in your words: “{request}”. Read it as the client would: is that what they meant?</source>
        <translation>The letter opens with the client&apos;s concern in your words: “{request}”. Read it as the client would: is that what they meant?</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="48"/>
        <source>The letter does not restate the client&apos;s concern. If it answers a message, go back and write their concern in your own words: people listen once they feel heard.</source>
        <translation>The letter does not restate the client&apos;s concern. If it answers a message, go back and write their concern in your own words: people listen once they feel heard.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="52"/>
        <source>2. Wait</source>
        <translation>2. Wait</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="55"/>
        <source>A letter written on a bad day reads differently the next morning. Unless it cannot wait, let it go tomorrow at 9:00 ({day}): it stays in the outbox until then, and you can still cancel it. Keep the tone of the contract, not the tone of the argument.</source>
        <translation>A letter written on a bad day reads differently the next morning. Unless it cannot wait, let it go tomorrow at 9:00 ({day}): it stays in the outbox until then, and you can still cancel it. Keep the tone of the contract, not the tone of the argument.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="59"/>
        <source>3. What walking away costs</source>
        <translation>3. What walking away costs</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="60"/>
        <source>Still owed on this contract: {amount}.</source>
        <translation>Still owed on this contract: {amount}.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="64"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="69"/>
        <source>Hours this dispute has taken you so far:</source>
        <translation>Hours this dispute has taken you so far:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="79"/>
        <source>Attach the letter as a PDF</source>
        <translation>Attach the letter as a PDF</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="82"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="85"/>
        <source>Send tomorrow at 9:00</source>
        <translation>Send tomorrow at 9:00</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="89"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="91"/>
        <source>Go back to the letter</source>
        <translation>Go back to the letter</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="115"/>
        <source>The contract sets no hourly rate to put a price on that time.</source>
        <translation>The contract sets no hourly rate to put a price on that time.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="118"/>
        <source>At the contract&apos;s rate of {rate} an hour, that time is worth {cost}, beside the {owed} at stake.</source>
        <translation>At the contract&apos;s rate of {rate} an hour, that time is worth {cost}, beside the {owed} at stake.</translation>
    </message>
</context>
<context>
    <name>AgreementTermsPage</name>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="157"/>
        <source>Agreement terms</source>
        <extracomment>Where the provider&apos;s country (for the suggested terms) is remembered between contracts. Countries offered for the suggestions: those whose law Pacta can name, and the federal ones. The groups of terms, by the top-level key each writes. The terms the contract states: loaded with it, set by the user, or suggested. The language and currency the suggested terms were made for, while the user has changed none.</extracomment>
        <translation>Agreement terms</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="158"/>
        <source>The clauses that settle disputes before they start.</source>
        <translation>The clauses that settle disputes before they start.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="160"/>
        <source>Pacta suggests the usual terms for your country; change any of them. Each one says why it matters. Pacta writes documents, not legal advice: every clause stays editable.</source>
        <translation>Pacta suggests the usual terms for your country; change any of them. Each one says why it matters. Pacta writes documents, not legal advice: every clause stays editable.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="168"/>
        <source>Use the usual terms</source>
        <translation>Use the usual terms</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="169"/>
        <source>Replace the terms on this page with the usual ones for this country</source>
        <translation>Replace the terms on this page with the usual ones for this country</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="172"/>
        <source>Your country</source>
        <translation>Your country</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="178"/>
        <location filename="../../gui/wizard/page_terms.py" line="183"/>
        <source>Governing law</source>
        <translation>Governing law</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="179"/>
        <source>e.g. Spain, or the State of Oregon</source>
        <translation>e.g. Spain, or the State of Oregon</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="180"/>
        <location filename="../../gui/wizard/page_terms.py" line="184"/>
        <source>Courts</source>
        <translation>Courts</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="181"/>
        <source>e.g. Madrid; empty: those of your place of business</source>
        <translation>e.g. Madrid; empty: those of your place of business</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="182"/>
        <source>Governing law and courts</source>
        <translation>Governing law and courts</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="187"/>
        <source>Calendar days</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="187"/>
        <source>Business days</source>
        <translation>Business days</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="188"/>
        <location filename="../../gui/wizard/page_terms.py" line="191"/>
        <source>Days are counted as</source>
        <translation>Days are counted as</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="190"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="194"/>
        <source>The client pays back expenses (licenses, travel, shipping)</source>
        <translation>The client pays back expenses (licenses, travel, shipping)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="195"/>
        <source>The client pays back expenses</source>
        <translation>The client pays back expenses</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="197"/>
        <location filename="../../gui/wizard/page_terms.py" line="207"/>
        <source>Approval needed above</source>
        <translation>Approval needed above</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="198"/>
        <source>every expense</source>
        <translation>every expense</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="200"/>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="210"/>
        <source>Reproduction</source>
        <translation>Reproduction</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="210"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="211"/>
        <source>Public communication (online, broadcast)</source>
        <translation>Public communication (online, broadcast)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="212"/>
        <source>Transformation (adapting the work)</source>
        <translation>Transformation (adapting the work)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="213"/>
        <location filename="../../gui/wizard/page_terms.py" line="229"/>
        <source>Rights transferred</source>
        <translation>Rights transferred</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="214"/>
        <location filename="../../gui/wizard/page_terms.py" line="230"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="215"/>
        <source>the whole world</source>
        <translation>the whole world</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="217"/>
        <location filename="../../gui/wizard/page_terms.py" line="231"/>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="218"/>
        <source>the whole legal term</source>
        <translation>the whole legal term</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="221"/>
        <source>Exclusive</source>
        <translation>Exclusive</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="223"/>
        <location filename="../../gui/wizard/page_terms.py" line="224"/>
        <source>The rights pass only once everything is paid</source>
        <translation>The rights pass only once everything is paid</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="226"/>
        <location filename="../../gui/wizard/page_terms.py" line="227"/>
        <source>You may show the work in your portfolio</source>
        <translation>You may show the work in your portfolio</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="228"/>
        <source>Rights in the work</source>
        <translation>Rights in the work</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="237"/>
        <location filename="../../gui/wizard/page_terms.py" line="240"/>
        <source>Years of confidentiality after the end</source>
        <translation>Years of confidentiality after the end</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="238"/>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="239"/>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="244"/>
        <location filename="../../gui/wizard/page_terms.py" line="247"/>
        <source>Months without hiring the other&apos;s staff</source>
        <translation>Months without hiring the other&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="245"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="246"/>
        <source>Non-solicitation (optional)</source>
        <translation>Non-solicitation (optional)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="250"/>
        <location filename="../../gui/wizard/page_terms.py" line="251"/>
        <source>You will handle personal data on the client&apos;s behalf</source>
        <translation>You will handle personal data on the client&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="252"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="50"/>
        <source>Pacta cannot open its data</source>
        <translation>Pacta cannot open its data</translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="67"/>
        <source>With the next payment not yet due</source>
        <extracomment>Where the difference in price goes (domain.payments.Difference), when the dialog asked.</extracomment>
        <translation>With the next payment not yet due</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="68"/>
        <source>On signing the change order</source>
        <translation>On signing the change order</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="69"/>
        <source>Spread over every payment not yet due</source>
        <translation>Spread over every payment not yet due</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="79"/>
        <source>Change request</source>
        <translation>Change request</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="85"/>
        <source>What the change is for, in a sentence the client will read</source>
        <translation>What the change is for, in a sentence the client will read</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="88"/>
        <source>The &amp;client</source>
        <translation>The &amp;client</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="89"/>
        <source>&amp;You (the provider)</source>
        <translation>&amp;You (the provider)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="101"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="102"/>
        <source>Asked for by:</source>
        <translation>Asked for by:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="103"/>
        <source>Asked on:</source>
        <translation>Asked on:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="111"/>
        <source>What was paid or due before the change stays as it was; this says when the client pays the difference in price (or when a lower price is taken off).</source>
        <extracomment>Where the difference in price goes, asked once the contract is signed (None otherwise).</extracomment>
        <translation>What was paid or due before the change stays as it was; this says when the client pays the difference in price (or when a lower price is taken off).</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="113"/>
        <source>Difference in price:</source>
        <translation>Difference in price:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="114"/>
        <source>Record the change</source>
        <translation>Record the change</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="124"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Type the date, or pick it from the calendar.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="127"/>
        <source>Say why the contract changes: the change order prints it.</source>
        <translation>Say why the contract changes: the change order prints it.</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../../gui/texts/editor.py" line="29"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="30"/>
        <source>Agreement: general terms</source>
        <translation>Agreement: general terms</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="31"/>
        <source>Scope checklist</source>
        <translation>Scope checklist</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="32"/>
        <source>Change order</source>
        <translation>Change order</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="33"/>
        <source>Payments and taxes</source>
        <translation>Payments and taxes</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="34"/>
        <source>Letters to the client</source>
        <translation>Letters to the client</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="35"/>
        <source>Every document</source>
        <translation>Every document</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="57"/>
        <source>Document texts</source>
        <extracomment>Milliseconds of quiet typing before the preview is rendered again.</extracomment>
        <translation>Document texts</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="61"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="61"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="64"/>
        <source>Language of the texts</source>
        <translation>Language of the texts</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="66"/>
        <source>Find a text</source>
        <translation>Find a text</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="70"/>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="73"/>
        <location filename="../../gui/texts/editor.py" line="120"/>
        <source>Pacta&apos;s text</source>
        <extracomment>The page of the preview showing the clause (0-based).</extracomment>
        <translation>Pacta&apos;s text</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="75"/>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="82"/>
        <source>&amp;Save my version</source>
        <translation>&amp;Save my version</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="83"/>
        <source>&amp;Restore default</source>
        <translation>&amp;Restore default</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="84"/>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="85"/>
        <source>The texts are files you can also edit with any text editor</source>
        <translation>The texts are files you can also edit with any text editor</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="86"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="92"/>
        <source>The preview appears here.</source>
        <translation>The preview appears here.</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="122"/>
        <source>&amp;Your version</source>
        <translation>&amp;Your version</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="218"/>
        <source>Names in braces Pacta fills in: {names}</source>
        <translation>Names in braces Pacta fills in: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="220"/>
        <source>This text takes no names in braces.</source>
        <translation>This text takes no names in braces.</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="241"/>
        <source>This text is used in the letters to the client, not in the contract: Project › Write to the client… shows it in a letter.</source>
        <translation>This text is used in the letters to the client, not in the contract: Project › Write to the client… shows it in a letter.</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="245"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="262"/>
        <source>No preview: {reason}</source>
        <translation>No preview: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="279"/>
        <source>The clause in the example contract: page {page} of {pages}.</source>
        <translation>The clause in the example contract: page {page} of {pages}.</translation>
    </message>
</context>
<context>
    <name>ClientInputsPage</name>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="21"/>
        <source>What the client hands over</source>
        <translation>What the client hands over</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="22"/>
        <source>The material you need from the client before work can go on.</source>
        <translation>The material you need from the client before work can go on.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="24"/>
        <source>Commitments go both ways. When texts, photos or logins arrive late, the dates written here show why your own deadlines moved.</source>
        <translation>Commitments go both ways. When texts, photos or logins arrive late, the dates written here show why your own deadlines moved.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="26"/>
        <location filename="../../gui/wizard/page_inputs.py" line="29"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="26"/>
        <location filename="../../gui/wizard/page_inputs.py" line="30"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="31"/>
        <source>Client inputs</source>
        <translation>Client inputs</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="21"/>
        <source>Revisions and communication</source>
        <translation>Revisions and communication</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="22"/>
        <source>How many rounds of changes, and when and how you talk.</source>
        <translation>How many rounds of changes, and when and how you talk.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="24"/>
        <source>Unlimited revisions, messages at night and everything urgent wear a project down. Limited rounds, agreed channels and hours, and a written definition of urgent, with its price, keep the work sustainable.</source>
        <translation>Unlimited revisions, messages at night and everything urgent wear a project down. Limited rounds, agreed channels and hours, and a written definition of urgent, with its price, keep the work sustainable.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="28"/>
        <location filename="../../gui/wizard/page_communication.py" line="45"/>
        <source>Revision rounds included</source>
        <translation>Revision rounds included</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="30"/>
        <location filename="../../gui/wizard/page_communication.py" line="46"/>
        <source>Price of each extra round</source>
        <translation>Price of each extra round</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="32"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="33"/>
        <location filename="../../gui/wizard/page_communication.py" line="51"/>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="35"/>
        <location filename="../../gui/wizard/page_communication.py" line="52"/>
        <source>Response time (hours)</source>
        <translation>Response time (hours)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="37"/>
        <location filename="../../gui/wizard/page_communication.py" line="53"/>
        <source>What counts as urgent</source>
        <translation>What counts as urgent</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="39"/>
        <location filename="../../gui/wizard/page_communication.py" line="54"/>
        <source>Surcharge for urgent work (%)</source>
        <translation>Surcharge for urgent work (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="41"/>
        <location filename="../../gui/wizard/page_communication.py" line="55"/>
        <source>Days the client has to give feedback</source>
        <translation>Days the client has to give feedback</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="42"/>
        <source>e.g. Monday to Friday, 9:00 to 18:00</source>
        <translation>e.g. Monday to Friday, 9:00 to 18:00</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="43"/>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="48"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="50"/>
        <source>Channels (one per line)</source>
        <translation>Channels (one per line)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../gui/history/diff.py" line="43"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="44"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="45"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="66"/>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="87"/>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="109"/>
        <source>Other terms</source>
        <translation>Other terms</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="120"/>
        <source>Price and deadline</source>
        <translation>Price and deadline</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="122"/>
        <location filename="../../gui/history/diff.py" line="123"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="125"/>
        <location filename="../../gui/history/diff.py" line="126"/>
        <source>Last delivery: {date}</source>
        <translation>Last delivery: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="130"/>
        <source>Price impact: {amount}; new total {total}.</source>
        <translation>Price impact: {amount}; new total {total}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="133"/>
        <source>No price impact.</source>
        <translation>No price impact.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="140"/>
        <source>No deadline impact.</source>
        <translation>No deadline impact.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="143"/>
        <source>Due date of {ids}: {old} → {new}.</source>
        <translation>Due date of {ids}: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="146"/>
        <source>Version {old} → version {new}</source>
        <translation>Version {old} → version {new}</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="151"/>
        <source>The two versions say the same thing.</source>
        <translation>The two versions say the same thing.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="158"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="160"/>
        <location filename="../../gui/history/diff.py" line="161"/>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <location filename="../../gui/wizard/page.py" line="222"/>
        <source>{field} (row {row})</source>
        <extracomment>Paths of the contract this page edits; issues under them are shown here. Every problem shows (the user asked for the next page). The page&apos;s content, and the live preview beside it when the user shows it.</extracomment>
        <translation>{field} (row {row})</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page.py" line="291"/>
        <source>More problems: {count} (point here to read them all)</source>
        <translation>More problems: {count} (point here to read them all)</translation>
    </message>
</context>
<context>
    <name>ContractWizard</name>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="91"/>
        <source>New contract</source>
        <extracomment>Whether the live preview stands beside the pages (remembered between sessions). How wide the wizard grows (screen permitting) when the preview stands beside the pages. The wizard&apos;s own buttons, whose texts carry mnemonics too. Stands in for the deliverables while the pages before them are validated.</extracomment>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="91"/>
        <source>Edit contract</source>
        <translation>Edit contract</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="138"/>
        <source>Preview</source>
        <extracomment>Moving through the step list: pages in between are not checked on the way.</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="141"/>
        <source>Show the agreement beside every page, updated as you type</source>
        <translation>Show the agreement beside every page, updated as you type</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="265"/>
        <source>Balance on acceptance of the work</source>
        <translation>Balance on acceptance of the work</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="383"/>
        <source>Unsaved contract</source>
        <translation>Unsaved contract</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="384"/>
        <source>This contract has changes that are not saved yet. Keep them as a draft to finish later, or discard them?</source>
        <translation>This contract has changes that are not saved yet. Keep them as a draft to finish later, or discard them?</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="386"/>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="386"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="387"/>
        <source>Go on writing</source>
        <translation>Go on writing</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="75"/>
        <source>Pick a date: {field}</source>
        <translation>Pick a date: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="260"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="312"/>
        <source>Pick a date ({shortcut})</source>
        <translation>Pick a date ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="314"/>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message numerus="yes">
        <location filename="../../gui/history/diff.py" line="33"/>
        <source>The last delivery moves %n day(s) earlier.</source>
        <translation>
            <numerusform>The last delivery moves %n day earlier.</numerusform>
            <numerusform>The last delivery moves %n days earlier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/diff.py" line="37"/>
        <source>The last delivery moves %n day(s) later.</source>
        <translation>
            <numerusform>The last delivery moves %n day later.</numerusform>
            <numerusform>The last delivery moves %n days later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="166"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="184"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Type the date, or pick it from the calendar.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="188"/>
        <source>The date cannot be later than today.</source>
        <translation>The date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="192"/>
        <source>Write the reason: it stays in the history.</source>
        <translation>Write the reason: it stays in the history.</translation>
    </message>
</context>
<context>
    <name>DeliverablesModel</name>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="18"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="19"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="20"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="21"/>
        <source>Acceptance criteria</source>
        <translation>Acceptance criteria</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="22"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="23"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
</context>
<context>
    <name>DeliverablesPage</name>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="24"/>
        <location filename="../../gui/wizard/page_deliverables.py" line="47"/>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="25"/>
        <source>What you hand over, how both sides know it is done, and by when.</source>
        <translation>What you hand over, how both sides know it is done, and by when.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="27"/>
        <source>A detailed list with deadlines, signed before work starts, settles arguments later. Saying what is not included stops the scope from growing in conversation.</source>
        <translation>A detailed list with deadlines, signed before work starts, settles arguments later. Saying what is not included stops the scope from growing in conversation.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="34"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="35"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="36"/>
        <source>Acceptance criteria</source>
        <translation>Acceptance criteria</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="37"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="39"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="45"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="46"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="49"/>
        <source>Not included (one item per line)</source>
        <translation>Not included (one item per line)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="52"/>
        <source>Not included</source>
        <translation>Not included</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <location filename="../../gui/main/detail.py" line="110"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../../gui/texts/menu.py" line="23"/>
        <source>Edit document &amp;texts…</source>
        <translation>Edit document &amp;texts…</translation>
    </message>
    <message>
        <location filename="../../gui/texts/menu.py" line="24"/>
        <source>Every clause of the documents is yours to change</source>
        <translation>Every clause of the documents is yours to change</translation>
    </message>
    <message>
        <location filename="../../gui/texts/menu.py" line="71"/>
        <source>Saved: the next documents you generate use your version.</source>
        <extracomment>The newest preview asked for: an older one that finishes later is not shown.</extracomment>
        <translation>Saved: the next documents you generate use your version.</translation>
    </message>
    <message>
        <location filename="../../gui/texts/menu.py" line="80"/>
        <source>Pacta&apos;s text is back.</source>
        <translation>Pacta&apos;s text is back.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="28"/>
        <source>Project and parties</source>
        <translation>Project and parties</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="28"/>
        <source>Roles and responsibilities</source>
        <translation>Roles and responsibilities</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="29"/>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="29"/>
        <source>What the client hands over</source>
        <translation>What the client hands over</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="30"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="30"/>
        <source>Revisions and communication</source>
        <translation>Revisions and communication</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="31"/>
        <source>Changes and termination</source>
        <translation>Changes and termination</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="31"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="72"/>
        <source>Step {number} of {total}: {name}</source>
        <translation>Step {number} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="79"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/menu.py" line="22"/>
        <source>Dra&amp;fts…</source>
        <translation>Dra&amp;fts…</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/menu.py" line="23"/>
        <source>Contracts started in the wizard and not saved yet: resume or discard them</source>
        <translation>Contracts started in the wizard and not saved yet: resume or discard them</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="97"/>
        <location filename="../../gui/drafts/dialog.py" line="110"/>
        <source>Drafts</source>
        <extracomment>The draft the user chose to resume (name, stored data). The draft the user chose to discard (name), after confirming.</extracomment>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="104"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="104"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="104"/>
        <source>Last edit</source>
        <translation>Last edit</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="104"/>
        <source>Page reached</source>
        <translation>Page reached</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="105"/>
        <source>How it was left</source>
        <translation>How it was left</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="115"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="117"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="118"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="118"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="138"/>
        <source>No drafts: every contract you started in the wizard was saved or discarded.</source>
        <translation>No drafts: every contract you started in the wizard was saved or discarded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/drafts/dialog.py" line="141"/>
        <source>Pacta closed while you were writing %n contract(s). Everything you typed was kept.</source>
        <translation>
            <numerusform>Pacta closed while you were writing %n contract. Everything you typed was kept.</numerusform>
            <numerusform>Pacta closed while you were writing %n contracts. Everything you typed was kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/drafts/dialog.py" line="144"/>
        <source>%n draft(s) saved automatically while you typed.</source>
        <translation>
            <numerusform>%n draft saved automatically while you typed.</numerusform>
            <numerusform>%n drafts saved automatically while you typed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/drafts/dialog.py" line="146"/>
        <source>You kept %n contract(s) as a draft to finish later.</source>
        <translation>
            <numerusform>You kept %n contract as a draft to finish later.</numerusform>
            <numerusform>You kept %n contracts as drafts to finish later.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="147"/>
        <source>Resume one to carry on where you left it, or discard what you no longer need.</source>
        <translation>Resume one to carry on where you left it, or discard what you no longer need.</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="156"/>
        <location filename="../../gui/drafts/dialog.py" line="190"/>
        <source>untitled</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="157"/>
        <source>Kept by you</source>
        <translation>Kept by you</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="157"/>
        <source>Autosaved</source>
        <translation>Autosaved</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="161"/>
        <source>You chose to keep it when you closed the wizard.</source>
        <translation>You chose to keep it when you closed the wizard.</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="162"/>
        <source>Saved as you typed; the wizard was not closed normally.</source>
        <translation>Saved as you typed; the wizard was not closed normally.</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="188"/>
        <source>Discard the draft?</source>
        <translation>Discard the draft?</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="189"/>
        <source>Discard the draft “{title}”? What you typed in it cannot be recovered.</source>
        <translation>Discard the draft “{title}”? What you typed in it cannot be recovered.</translation>
    </message>
</context>
<context>
    <name>DueField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="394"/>
        <source>On signing</source>
        <translation>On signing</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="394"/>
        <source>On delivery</source>
        <translation>On delivery</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="395"/>
        <source>On acceptance</source>
        <translation>On acceptance</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="395"/>
        <source>On a date</source>
        <translation>On a date</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="84"/>
        <source>Email “{title}”</source>
        <extracomment>Emitted with the history record&apos;s data once a message was sent and recorded. The documents rendered and attached by the last send.</extracomment>
        <translation>Email “{title}”</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="97"/>
        <source>Mail server settings…</source>
        <translation>Mail server settings…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="103"/>
        <source>client@example.com</source>
        <translation>client@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="105"/>
        <source>optional; separate addresses with commas</source>
        <translation>optional; separate addresses with commas</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="110"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="111"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="112"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="114"/>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="116"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="117"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="119"/>
        <source>Services agreement, version {n}</source>
        <translation>Services agreement, version {n}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="120"/>
        <source>Scope checklist, version {n}</source>
        <translation>Scope checklist, version {n}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="125"/>
        <location filename="../../gui/sending/email_dialog.py" line="130"/>
        <source>Change order {number}</source>
        <extracomment>Which change order to attach, when the project has several (None otherwise).</extracomment>
        <translation>Change order {number}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="131"/>
        <source>Change order to attach</source>
        <translation>Change order to attach</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="138"/>
        <source>{document} ({format})</source>
        <translation>{document} ({format})</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="162"/>
        <source>Save as draft (.eml)…</source>
        <translation>Save as draft (.eml)…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="163"/>
        <source>Open in mail program</source>
        <translation>Open in mail program</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="164"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="166"/>
        <location filename="../../gui/sending/email_dialog.py" line="319"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="198"/>
        <source>Pacta sends this message through {host}, from {sender}.</source>
        <translation>Pacta sends this message through {host}, from {sender}.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="203"/>
        <source>Sending from Pacta is not set up yet. Pacta can prepare the message with its attachments as a draft and open it in your mail program, or you can set up your mail server now.</source>
        <translation>Sending from Pacta is not set up yet. Pacta can prepare the message with its attachments as a draft and open it in your mail program, or you can set up your mail server now.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="207"/>
        <source>(The saved settings could not be read: {detail})</source>
        <translation>(The saved settings could not be read: {detail})</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="245"/>
        <source>The sender address “{address}” is not valid; correct it in the mail server settings.</source>
        <translation>The sender address “{address}” is not valid; correct it in the mail server settings.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="253"/>
        <source>Pacta needs your own address to write the message from: add it to the mail server settings or to your details in the contract.</source>
        <translation>Pacta needs your own address to write the message from: add it to the mail server settings or to your details in the contract.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="307"/>
        <source>Password for {user} on {host}:</source>
        <translation>Password for {user} on {host}:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="310"/>
        <source>Mail password</source>
        <translation>Mail password</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="319"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="327"/>
        <source>Preparing the documents…</source>
        <translation>Preparing the documents…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="328"/>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="329"/>
        <source>Securing the connection…</source>
        <translation>Securing the connection…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="330"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="331"/>
        <source>Sending the message…</source>
        <translation>Sending the message…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="332"/>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="348"/>
        <source>Sending was cancelled; nothing was sent.</source>
        <translation>Sending was cancelled; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="352"/>
        <source>Sending was cancelled while the message was going out, so the server may have received it: ask the client before sending it again. The message is kept as a draft, with its attachments, in {path}</source>
        <translation>Sending was cancelled while the message was going out, so the server may have received it: ask the client before sending it again. The message is kept as a draft, with its attachments, in {path}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="358"/>
        <source>No password is saved for this server yet; Pacta keeps it in the system&apos;s password store once the server accepts it.</source>
        <translation>No password is saved for this server yet; Pacta keeps it in the system&apos;s password store once the server accepts it.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="368"/>
        <source>The message was not sent; it is kept as a draft, with its attachments, in {path}</source>
        <translation>The message was not sent; it is kept as a draft, with its attachments, in {path}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="374"/>
        <source>The message was sent, but it could not be recorded in the project&apos;s history: {detail}</source>
        <translation>The message was sent, but it could not be recorded in the project&apos;s history: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="377"/>
        <source>The message could not be sent: {detail}</source>
        <translation>The message could not be sent: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="389"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="404"/>
        <source>Save the message as a draft</source>
        <translation>Save the message as a draft</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="405"/>
        <source>Email messages (*.eml)</source>
        <translation>Email messages (*.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="444"/>
        <source>Draft saved in {path}</source>
        <translation>Draft saved in {path}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="453"/>
        <source>The draft is saved in {path}, but no mail program could open it ({detail}). Open the file with your mail program.</source>
        <translation>The draft is saved in {path}, but no mail program could open it ({detail}). Open the file with your mail program.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="457"/>
        <source>The draft is saved in {path} and opens in your mail program.</source>
        <translation>The draft is saved in {path} and opens in your mail program.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="463"/>
        <source>The draft could not be written: {detail}</source>
        <translation>The draft could not be written: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="470"/>
        <source>Pacta had to change some text to write the documents:</source>
        <translation>Pacta had to change some text to write the documents:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gui/core/errors.py" line="21"/>
        <source>Pacta may not write there. Choose another folder.</source>
        <translation>Pacta may not write there. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="23"/>
        <source>The folder is not there any more. Choose another one.</source>
        <translation>The folder is not there any more. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="25"/>
        <source>The files could not be written (is the disk full or disconnected?).</source>
        <translation>The files could not be written (is the disk full or disconnected?).</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="26"/>
        <source>Something went wrong that Pacta did not expect. Please try again; if it happens again, the detail below helps to find out why.</source>
        <translation>Something went wrong that Pacta did not expect. Please try again; if it happens again, the detail below helps to find out why.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="34"/>
        <source>Technical detail: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="46"/>
        <source>The program “{program}” is not installed on this computer, so Pacta cannot open the file with it.</source>
        <translation>The program “{program}” is not installed on this computer, so Pacta cannot open the file with it.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../gui/history/tab.py" line="49"/>
        <source>asked for by the client</source>
        <translation>asked for by the client</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="51"/>
        <source>asked for by you (the provider)</source>
        <translation>asked for by you (the provider)</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="38"/>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="39"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="40"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="58"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="59"/>
        <source>Scope checklist</source>
        <translation>Scope checklist</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="60"/>
        <source>Change order</source>
        <translation>Change order</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="74"/>
        <source>fingerprint {fingerprint}</source>
        <translation>fingerprint {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="75"/>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="77"/>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="83"/>
        <source>{number} requested ({status})</source>
        <translation>{number} requested ({status})</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="85"/>
        <source>Version {version} over version {base}, {who}: {reason}</source>
        <translation>Version {version} over version {base}, {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="92"/>
        <source>{number} accepted</source>
        <translation>{number} accepted</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="93"/>
        <source>Signed by both parties: version {version} comes into force.</source>
        <translation>Signed by both parties: version {version} comes into force.</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="96"/>
        <source>{number} rejected</source>
        <translation>{number} rejected</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="97"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="101"/>
        <source>Marked as {status}</source>
        <translation>Marked as {status}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="104"/>
        <source>Version {version} signed: from now on, changes go through change orders.</source>
        <translation>Version {version} signed: from now on, changes go through change orders.</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="111"/>
        <source>Document generated</source>
        <translation>Document generated</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="112"/>
        <source>{document} of version {version}, {format}: {name}</source>
        <translation>{document} of version {version}, {format}: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="119"/>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="120"/>
        <source>Signed copy attached</source>
        <translation>Signed copy attached</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="121"/>
        <source>{name}, to {target} (SHA-256 {sha})</source>
        <translation>{name}, to {target} (SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="126"/>
        <source>Email sent</source>
        <translation>Email sent</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="127"/>
        <source>To {to}: {subject}</source>
        <translation>To {to}: {subject}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="132"/>
        <source>Journal: {kind}</source>
        <translation>Journal: {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="135"/>
        <source>Journal entry struck through</source>
        <translation>Journal entry struck through</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="139"/>
        <source>Delivery of {deliverable}</source>
        <translation>Delivery of {deliverable}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="141"/>
        <source>Client feedback on {deliverable}</source>
        <translation>Client feedback on {deliverable}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="144"/>
        <source>Moved to the trash</source>
        <translation>Moved to the trash</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="146"/>
        <source>Restored from the trash</source>
        <translation>Restored from the trash</translation>
    </message>
</context>
<context>
    <name>HistoryExtension</name>
    <message>
        <location filename="../../gui/history/tab.py" line="388"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../gui/history/tab.py" line="164"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="164"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="175"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="176"/>
        <source>Write the selected change order as PDF and DOCX into a folder</source>
        <translation>Write the selected change order as PDF and DOCX into a folder</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="177"/>
        <source>Accept…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="178"/>
        <source>Both parties signed the selected change order: its version comes into force</source>
        <translation>Both parties signed the selected change order: its version comes into force</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="180"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="181"/>
        <source>The selected change order was turned down: the version in force stays as it is</source>
        <translation>The selected change order was turned down: the version in force stays as it is</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="194"/>
        <source>The older version, on the left</source>
        <translation>The older version, on the left</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="195"/>
        <source>The newer version, on the right</source>
        <translation>The newer version, on the right</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="197"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="199"/>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="247"/>
        <source>Select a project to see its history.</source>
        <translation>Select a project to see its history.</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="254"/>
        <source>version {number} in force</source>
        <translation>version {number} in force</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="257"/>
        <source>waiting for the client&apos;s signature: {numbers}</source>
        <translation>waiting for the client&apos;s signature: {numbers}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/tab.py" line="258"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="282"/>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="343"/>
        <source>Select a change order to export, accept or reject it.</source>
        <translation>Select a change order to export, accept or reject it.</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="347"/>
        <source>{number}: {status}, asked on {date}</source>
        <translation>{number}: {status}, asked on {date}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="359"/>
        <source>Choose two different versions to compare them.</source>
        <translation>Choose two different versions to compare them.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../gui/widgets/records.py" line="49"/>
        <source>Question</source>
        <extracomment>Journal kinds in the order they are offered, with the colour of their marker.</extracomment>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/records.py" line="50"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/records.py" line="51"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/records.py" line="52"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/records.py" line="53"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="299"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="300"/>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="301"/>
        <source>Signed copies</source>
        <translation>Signed copies</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="303"/>
        <source>Add to the &amp;journal…</source>
        <translation>Add to the &amp;journal…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="305"/>
        <source>Note a question, feedback, a decision or an incident, dated</source>
        <translation>Note a question, feedback, a decision or an incident, dated</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="307"/>
        <source>Record a &amp;delivery or feedback…</source>
        <translation>Record a &amp;delivery or feedback…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="308"/>
        <source>Revision rounds per deliverable: what was delivered and each round of client feedback</source>
        <translation>Revision rounds per deliverable: what was delivered and each round of client feedback</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="311"/>
        <source>Attach a signed &amp;copy…</source>
        <translation>Attach a signed &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="312"/>
        <source>Keep the scanned signed copy of a version or change order</source>
        <translation>Keep the scanned signed copy of a version or change order</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../../gui/journal/tabs.py" line="62"/>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="65"/>
        <source>Show only one kind of entry</source>
        <translation>Show only one kind of entry</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="69"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="75"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="75"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="75"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="91"/>
        <source>Strike &amp;through…</source>
        <translation>Strike &amp;through…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="96"/>
        <source>Strike through…</source>
        <translation>Strike through…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="98"/>
        <source>Mark the selected entry as struck through. It stays in the journal: nothing is ever erased.</source>
        <translation>Mark the selected entry as struck through. It stays in the journal: nothing is ever erased.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="104"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="111"/>
        <source>What was asked, said, decided or what happened, in a few words</source>
        <translation>What was asked, said, decided or what happened, in a few words</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="112"/>
        <source>Add to the journal</source>
        <translation>Add to the journal</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="114"/>
        <source>Add the entry (Ctrl+Enter)</source>
        <translation>Add the entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="115"/>
        <source>Ctrl+Enter adds it. Entries are never erased, only struck through.</source>
        <translation>Ctrl+Enter adds it. Entries are never erased, only struck through.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="122"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="126"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="127"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="182"/>
        <source>Struck through: {reason}</source>
        <translation>Struck through: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="183"/>
        <source>Struck through (no reason given)</source>
        <translation>Struck through (no reason given)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="198"/>
        <source>Nothing noted yet. Note questions, client feedback, decisions and incidents (an urgent request outside working hours, an unanswered email) as they happen: if the client later disputes what was said, the record is here.</source>
        <translation>Nothing noted yet. Note questions, client feedback, decisions and incidents (an urgent request outside working hours, an unanswered email) as they happen: if the client later disputes what was said, the record is here.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="202"/>
        <source>No entries of this kind.</source>
        <translation>No entries of this kind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/tabs.py" line="207"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/tabs.py" line="208"/>
        <source>, %n struck through</source>
        <translation>
            <numerusform>, %n struck through</numerusform>
            <numerusform>, %n struck through</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="243"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Type the date, or pick it from the calendar.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="246"/>
        <source>Write what the entry is about.</source>
        <translation>Write what the entry is about.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="268"/>
        <source>Strike through</source>
        <translation>Strike through</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="269"/>
        <source>Entry of {date}: “{text}”

It stays in the journal, struck through. Why?</source>
        <translation>Entry of {date}: “{text}”

It stays in the journal, struck through. Why?</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../gui/letters/dialog.py" line="49"/>
        <source>An overdue payment</source>
        <translation>An overdue payment</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="50"/>
        <source>A request outside the scope</source>
        <translation>A request outside the scope</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="51"/>
        <source>An urgent request</source>
        <translation>An urgent request</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="52"/>
        <source>Another round of revisions</source>
        <translation>Another round of revisions</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="53"/>
        <source>Material the client has not sent</source>
        <translation>Material the client has not sent</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="54"/>
        <source>Ending the contract</source>
        <translation>Ending the contract</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="67"/>
        <source>Write to the client</source>
        <translation>Write to the client</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="81"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="85"/>
        <source>{id} · {title}</source>
        <translation>{id} · {title}</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="87"/>
        <source>Hours the request would take, priced at the contract&apos;s hourly rate</source>
        <translation>Hours the request would take, priced at the contract&apos;s hourly rate</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="89"/>
        <source>A price for the request instead of hours</source>
        <translation>A price for the request instead of hours</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="91"/>
        <source>Days the requested work would move the remaining deliveries by</source>
        <translation>Days the requested work would move the remaining deliveries by</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="92"/>
        <source>The client is ending the contract (the kill fee applies)</source>
        <translation>The client is ending the contract (the kill fee applies)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="94"/>
        <source>Paste the client&apos;s message here, to keep it beside your answer</source>
        <translation>Paste the client&apos;s message here, to keep it beside your answer</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="97"/>
        <source>What the client is asking or worried about, in your own words: the letter opens by restating it</source>
        <translation>What the client is asking or worried about, in your own words: the letter opens by restating it</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="98"/>
        <source>Write the letter</source>
        <translation>Write the letter</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="104"/>
        <source>Date of the letter:</source>
        <translation>Date of the letter:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="106"/>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="108"/>
        <source>Deliverable:</source>
        <translation>Deliverable:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="108"/>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="109"/>
        <source>or price:</source>
        <translation>or price:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="109"/>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="113"/>
        <source>Figures:</source>
        <translation>Figures:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="115"/>
        <source>Client&apos;s message:</source>
        <translation>Client&apos;s message:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="119"/>
        <source>Their concern:</source>
        <translation>Their concern:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="132"/>
        <source>What the letter quotes</source>
        <translation>What the letter quotes</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="142"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="144"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="146"/>
        <source>Send…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="149"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="168"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Type the date, or pick it from the calendar.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="175"/>
        <source>Type a number greater than zero</source>
        <translation>Type a number greater than zero</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="183"/>
        <source>Client&apos;s concern</source>
        <translation>Client&apos;s concern</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="200"/>
        <source>Writing the letter…</source>
        <translation>Writing the letter…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="212"/>
        <source>Your draft of this letter, saved earlier.</source>
        <translation>Your draft of this letter, saved earlier.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="237"/>
        <source>Clause {number} · {heading}</source>
        <translation>Clause {number} · {heading}</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="243"/>
        <source>Figures from version {version} (in force) and the project&apos;s records, worked out to {date}.</source>
        <translation>Figures from version {version} (in force) and the project&apos;s records, worked out to {date}.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="276"/>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="286"/>
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="287"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="293"/>
        <source>Saved to {path} and kept in the journal.</source>
        <translation>Saved to {path} and kept in the journal.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="314"/>
        <source>In the outbox: it goes {when}. You can cancel it until then.</source>
        <translation>In the outbox: it goes {when}. You can cancel it until then.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="317"/>
        <source>Sent, and kept in the journal.</source>
        <translation>Sent, and kept in the journal.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../gui/letters/feature.py" line="61"/>
        <source>&amp;Write to the client…</source>
        <extracomment>How often the outbox is looked at, in milliseconds. The first look, once the window is up (the outbox and the letters load on a worker then). The letters waiting in the outbox (a list of LetterJob), after each change. A letter went out (its LetterJob). Letters whose time passed while the app was closed and that the user chose to keep.</extracomment>
        <translation>&amp;Write to the client…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="63"/>
        <source>A calm letter that quotes the signed clauses and their figures: an overdue payment, a request outside the scope, an urgent request, another round of revisions, late material, the end of the contract</source>
        <translation>A calm letter that quotes the signed clauses and their figures: an overdue payment, a request outside the scope, an urgent request, another round of revisions, late material, the end of the contract</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="66"/>
        <source>Letters waiting to be &amp;sent…</source>
        <translation>Letters waiting to be &amp;sent…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="168"/>
        <source>A letter was not sent</source>
        <translation>A letter was not sent</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="169"/>
        <source>“{subject}” was to go at {when}, while Pacta was closed. Send it now? (No keeps it in the outbox, where you can cancel it.)</source>
        <translation>“{subject}” was to go at {when}, while Pacta was closed. Send it now? (No keeps it in the outbox, where you can cancel it.)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="197"/>
        <source>Mail server password</source>
        <translation>Mail server password</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="198"/>
        <source>Password for {account}:</source>
        <translation>Password for {account}:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="204"/>
        <source>Sending mail is not set up</source>
        <translation>Sending mail is not set up</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="205"/>
        <source>Enter your mail server in File › Mail server settings…, then send the letter again.</source>
        <translation>Enter your mail server in File › Mail server settings…, then send the letter again.</translation>
    </message>
</context>
<context>
    <name>LifeActions</name>
    <message>
        <location filename="../../gui/history/life.py" line="66"/>
        <source>Mark as &amp;sent…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="67"/>
        <source>Mark as si&amp;gned…</source>
        <translation>Mark as si&amp;gned…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="68"/>
        <source>Mark as &amp;completed…</source>
        <translation>Mark as &amp;completed…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="69"/>
        <source>Mark as &amp;terminated…</source>
        <translation>Mark as &amp;terminated…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="72"/>
        <source>The client has the contract; record the day it was sent</source>
        <translation>The client has the contract; record the day it was sent</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="73"/>
        <source>Both parties signed: the version in force is frozen, changes go through change orders</source>
        <translation>Both parties signed: the version in force is frozen, changes go through change orders</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="74"/>
        <source>The work is delivered and accepted</source>
        <translation>The work is delivered and accepted</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="75"/>
        <source>The contract ended early</source>
        <translation>The contract ended early</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="83"/>
        <source>Record a change from a &amp;file…</source>
        <translation>Record a change from a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="84"/>
        <source>A new version from a contract file; once signed, a change order</source>
        <translation>A new version from a contract file; once signed, a change order</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="86"/>
        <source>&amp;Accept change order…</source>
        <translation>&amp;Accept change order…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="87"/>
        <source>Both parties signed the change order: its version comes into force</source>
        <translation>Both parties signed the change order: its version comes into force</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="89"/>
        <source>&amp;Reject change order…</source>
        <translation>&amp;Reject change order…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="90"/>
        <source>The change order was turned down: the version in force stays</source>
        <translation>The change order was turned down: the version in force stays</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="92"/>
        <source>E&amp;xport change order…</source>
        <translation>E&amp;xport change order…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="93"/>
        <source>Write a change order as PDF and DOCX</source>
        <translation>Write a change order as PDF and DOCX</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="129"/>
        <source>“{title}” was sent to the client on:</source>
        <translation>“{title}” was sent to the client on:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="130"/>
        <source>“{title}”, version {number}, was signed by both parties on the date below.

From then on it is frozen: any change is recorded as a change order that the client signs too.</source>
        <translation>“{title}”, version {number}, was signed by both parties on the date below.

From then on it is frozen: any change is recorded as a change order that the client signs too.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="133"/>
        <source>The work of “{title}” was delivered and accepted on:</source>
        <translation>The work of “{title}” was delivered and accepted on:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="134"/>
        <source>“{title}” ended early on the date below. A terminated contract can no longer change.</source>
        <translation>“{title}” ended early on the date below. A terminated contract can no longer change.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="138"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="143"/>
        <source>Recorded: {status} on {date}.</source>
        <translation>Recorded: {status} on {date}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="162"/>
        <source>Change order</source>
        <translation>Change order</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="162"/>
        <source>Which change order?</source>
        <translation>Which change order?</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="179"/>
        <source>Accept {number}</source>
        <translation>Accept {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="180"/>
        <source>{number} ({reason}) was signed by both parties on the date below. Its version {version} then comes into force in place of version {current}.</source>
        <translation>{number} ({reason}) was signed by both parties on the date below. Its version {version} then comes into force in place of version {current}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="183"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="183"/>
        <source>Signed on:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="186"/>
        <source>Reject {number}</source>
        <translation>Reject {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="187"/>
        <source>{number} ({reason}) was turned down. Version {current} stays in force; the change order stays in the history, marked rejected.</source>
        <translation>{number} ({reason}) was turned down. Version {current} stays in force; the change order stays in the history, marked rejected.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="190"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="190"/>
        <source>Rejected on:</source>
        <translation>Rejected on:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="191"/>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="196"/>
        <source>{number} accepted: version {version} is in force.</source>
        <translation>{number} accepted: version {version} is in force.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="197"/>
        <source>{number} rejected: version {version} stays in force.</source>
        <translation>{number} rejected: version {version} stays in force.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="212"/>
        <source>Where to put the change order</source>
        <translation>Where to put the change order</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="217"/>
        <source>Writing {number}…</source>
        <translation>Writing {number}…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="220"/>
        <source>{number} written: {names}</source>
        <translation>{number} written: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="235"/>
        <source>The changed contract</source>
        <translation>The changed contract</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="236"/>
        <source>Pacta contracts (*.json)</source>
        <translation>Pacta contracts (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="241"/>
        <source>“{title}” is signed: {file} is recorded as change order {number}, proposed until both parties sign it. Version {current} stays in force until then.</source>
        <translation>“{title}” is signed: {file} is recorded as change order {number}, proposed until both parties sign it. Version {current} stays in force until then.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="246"/>
        <source>{file} becomes the next version of “{title}”.</source>
        <translation>{file} becomes the next version of “{title}”.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="253"/>
        <source>Recorded {number} (version {version}): proposed until the client signs it.</source>
        <translation>Recorded {number} (version {version}): proposed until the client signs it.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="254"/>
        <source>Saved: version {version}.</source>
        <translation>Saved: version {version}.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../gui/sending/settings.py" line="39"/>
        <source>Mail server settings</source>
        <extracomment>The dialog&apos;s width, so the explanations wrap at a readable length.</extracomment>
        <translation>Mail server settings</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="47"/>
        <source>Pacta sends documents through your own mail account. Your mail provider lists these details as the outgoing (SMTP) server.</source>
        <translation>Pacta sends documents through your own mail account. Your mail provider lists these details as the outgoing (SMTP) server.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="51"/>
        <source>for example smtp.example.com</source>
        <translation>for example smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="56"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="56"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (usually port 465)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="57"/>
        <source>None (unencrypted)</source>
        <translation>None (unencrypted)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="60"/>
        <source>Allow unencrypted sending to this server</source>
        <translation>Allow unencrypted sending to this server</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="62"/>
        <source>Only for a server you trust on your own network: the password and the documents would travel readable.</source>
        <translation>Only for a server you trust on your own network: the password and the documents would travel readable.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="65"/>
        <source>usually your email address</source>
        <translation>usually your email address</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="67"/>
        <source>Your Name &lt;you@example.com&gt;</source>
        <translation>Your Name &lt;you@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="80"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="81"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="82"/>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="84"/>
        <source>Sender address:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="85"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="86"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="91"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="93"/>
        <source>Stop sending mail</source>
        <translation>Stop sending mail</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="94"/>
        <source>Remove these settings; Pacta then prepares drafts for your mail program.</source>
        <translation>Remove these settings; Pacta then prepares drafts for your mail program.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="95"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="96"/>
        <source>Connect and sign in to the server without sending anything.</source>
        <translation>Connect and sign in to the server without sending anything.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="131"/>
        <source>The saved mail settings could not be read ({detail}); saving replaces them.</source>
        <extracomment>The server the &quot;allow unencrypted&quot; permission was given for; another server needs it anew.</extracomment>
        <translation>The saved mail settings could not be read ({detail}); saving replaces them.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="146"/>
        <source>leave empty to keep the saved password</source>
        <translation>leave empty to keep the saved password</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="147"/>
        <source>Kept in the system&apos;s password store, never in a file.</source>
        <translation>Kept in the system&apos;s password store, never in a file.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="150"/>
        <source>asked for each time you send</source>
        <translation>asked for each time you send</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="183"/>
        <source>Enter the name of your outgoing mail server.</source>
        <translation>Enter the name of your outgoing mail server.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="186"/>
        <source>Without encryption the password and the documents travel readable. Choose STARTTLS or SSL/TLS, or tick “Allow unencrypted sending to this server” if you trust it.</source>
        <translation>Without encryption the password and the documents travel readable. Choose STARTTLS or SSL/TLS, or tick “Allow unencrypted sending to this server” if you trust it.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="191"/>
        <source>Enter the address your messages are sent from.</source>
        <translation>Enter the address your messages are sent from.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="198"/>
        <source>“{address}” is not a valid email address.</source>
        <translation>“{address}” is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="218"/>
        <source>Mail password</source>
        <translation>Mail password</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="219"/>
        <source>Password for {user} on {host}:</source>
        <translation>Password for {user} on {host}:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="225"/>
        <source>Connecting to {host}…</source>
        <translation>Connecting to {host}…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="236"/>
        <source>The server {host} accepted the connection and the password.</source>
        <translation>The server {host} accepted the connection and the password.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="237"/>
        <source>The server {host} accepted the connection.</source>
        <translation>The server {host} accepted the connection.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="275"/>
        <source>The settings are saved, but the password could not be kept: {reason}</source>
        <translation>The settings are saved, but the password could not be kept: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="283"/>
        <source>The settings could not be saved: {detail}</source>
        <translation>The settings could not be saved: {detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main/window.py" line="65"/>
        <source>Pacta</source>
        <translation>Pacta</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="105"/>
        <source>Filter by title or client</source>
        <extracomment>Set when the data folder could not be opened; the app then exits with status 1. History, Journal, Sending...: installed once the window is on screen (see install_extensions). The window that took over after a change of language.</extracomment>
        <translation>Filter by title or client</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="108"/>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="135"/>
        <location filename="../../gui/main/window.py" line="345"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="155"/>
        <source>Welcome to Pacta</source>
        <translation>Welcome to Pacta</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="158"/>
        <source>Answer a few questions about your next project and Pacta writes the agreement and the scope checklist your client signs.</source>
        <translation>Answer a few questions about your next project and Pacta writes the agreement and the scope checklist your client signs.</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="168"/>
        <source>Write your first contract</source>
        <translation>Write your first contract</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="170"/>
        <source>Or look at an example first</source>
        <translation>Or look at an example first</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="290"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="291"/>
        <source>The new language applies the next time Pacta starts, so the contract you are editing is not disturbed.</source>
        <translation>The new language applies the next time Pacta starts, so the contract you are editing is not disturbed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main/window.py" line="326"/>
        <source>%n file(s) could not be read and were left untouched; the other projects work as usual:</source>
        <translation>
            <numerusform>%n file could not be read and was left untouched; the other projects work as usual:</numerusform>
            <numerusform>%n files could not be read and were left untouched; the other projects work as usual:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="345"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="41"/>
        <source>{action} ({shortcut})</source>
        <extracomment>The menus by name (file, project, view, help), where extensions add their actions.</extracomment>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="55"/>
        <source>&amp;New contract…</source>
        <translation>&amp;New contract…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="56"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="57"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicate…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="58"/>
        <source>Open &amp;example</source>
        <translation>Open &amp;example</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="59"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="60"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="61"/>
        <source>Move to &amp;trash</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="62"/>
        <source>&amp;Restore from trash</source>
        <translation>&amp;Restore from trash</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="63"/>
        <source>Show &amp;trash</source>
        <translation>Show &amp;trash</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="64"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="65"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="68"/>
        <source>&amp;About Pacta</source>
        <translation>&amp;About Pacta</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="72"/>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="73"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="86"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="90"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="93"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="165"/>
        <source>Pacta writes documents, not legal advice; every clause is editable.</source>
        <translation>Pacta writes documents, not legal advice; every clause is editable.</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <location filename="../../gui/payments/dialog.py" line="42"/>
        <source>Mark as paid</source>
        <translation>Mark as paid</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="45"/>
        <source>The amount is what the client paid: the base plus the taxes added, less any withholding. It is kept in the project&apos;s records; the contract does not change.</source>
        <translation>The amount is what the client paid: the base plus the taxes added, less any withholding. It is kept in the project&apos;s records; the contract does not change.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="51"/>
        <source>{label} ({due}): {outstanding} owed</source>
        <translation>{label} ({due}): {outstanding} owed</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="62"/>
        <source>Payment:</source>
        <translation>Payment:</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="63"/>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="64"/>
        <source>Amount received:</source>
        <translation>Amount received:</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="68"/>
        <source>Record the payment</source>
        <translation>Record the payment</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="94"/>
        <source>Type the day the money arrived, or pick it from the calendar.</source>
        <translation>Type the day the money arrived, or pick it from the calendar.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="97"/>
        <source>The date cannot be later than today: record a payment once it has arrived.</source>
        <translation>The date cannot be later than today: record a payment once it has arrived.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="100"/>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="109"/>
        <source>Type the amount received, more than zero.</source>
        <translation>Type the amount received, more than zero.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="112"/>
        <source>That is more than the {owed} still owed for this payment.</source>
        <translation>That is more than the {owed} still owed for this payment.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/main/operations.py" line="39"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="91"/>
        <source>Written with the wizard</source>
        <translation>Written with the wizard</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="92"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="96"/>
        <source>Recorded {number} (version {version}): proposed until the client signs it.</source>
        <translation>Recorded {number} (version {version}): proposed until the client signs it.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="99"/>
        <source>Nothing changed: version {number} stays as it was.</source>
        <translation>Nothing changed: version {number} stays as it was.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="101"/>
        <source>Saved: version {number}.</source>
        <translation>Saved: version {number}.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="124"/>
        <source>This contract is signed, so it is not changed in place: the change is recorded as a change order, proposed until both parties sign it. The version in force stays as it is until then.</source>
        <translation>This contract is signed, so it is not changed in place: the change is recorded as a change order, proposed until both parties sign it. The version in force stays as it is until then.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="134"/>
        <source>The change was not recorded; what you typed is kept as a draft.</source>
        <translation>The change was not recorded; what you typed is kept as a draft.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="234"/>
        <source>Move to the trash?</source>
        <translation>Move to the trash?</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="235"/>
        <source>Move “{title}” to the trash? Its versions and history are kept: View › Show trash lists it, and Project › Restore from trash brings it back.</source>
        <translation>Move “{title}” to the trash? Its versions and history are kept: View › Show trash lists it, and Project › Restore from trash brings it back.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="243"/>
        <source>“{title}” is back in the project list.</source>
        <translation>“{title}” is back in the project list.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="244"/>
        <source>“{title}” is in the trash. To bring it back: View › Show trash, then Project › Restore from trash.</source>
        <translation>“{title}” is in the trash. To bring it back: View › Show trash, then Project › Restore from trash.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="270"/>
        <source>Your own details are saved for new contracts.</source>
        <translation>Your own details are saved for new contracts.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="192"/>
        <source>Import a contract</source>
        <translation>Import a contract</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="193"/>
        <location filename="../../gui/main/operations.py" line="213"/>
        <source>Pacta contracts (*.json)</source>
        <translation>Pacta contracts (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="212"/>
        <source>Export the contract</source>
        <translation>Export the contract</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="220"/>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="277"/>
        <source>About Pacta</source>
        <translation>About Pacta</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="278"/>
        <source>Pacta {version}

Services agreements, scope checklists and change orders for freelancers and small studios.

Pacta writes documents, not legal advice; every clause is editable.

Licence: {licence}
Data folder: {folder}</source>
        <translation>Pacta {version}

Services agreements, scope checklists and change orders for freelancers and small studios.

Pacta writes documents, not legal advice; every clause is editable.

Licence: {licence}
Data folder: {folder}</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../../gui/core/options.py" line="17"/>
        <source>Default terms for new contracts</source>
        <translation>Default terms for new contracts</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="18"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="40"/>
        <source>Language of the app</source>
        <extracomment>The contract field this default prefills, as a path (`payment.deposit_percent`).</extracomment>
        <translation>Language of the app</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="41"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="42"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="43"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="44"/>
        <source>Paper size of the documents</source>
        <translation>Paper size of the documents</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="45"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="45"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="51"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="52"/>
        <source>Deposit (%)</source>
        <translation>Deposit (%)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="55"/>
        <source>Work starts once the deposit is paid</source>
        <translation>Work starts once the deposit is paid</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="57"/>
        <source>Days to pay an invoice</source>
        <translation>Days to pay an invoice</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="59"/>
        <source>Monthly late interest (%)</source>
        <translation>Monthly late interest (%)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="61"/>
        <source>Revision rounds included</source>
        <translation>Revision rounds included</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="63"/>
        <source>Response time (hours)</source>
        <translation>Response time (hours)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="65"/>
        <source>Days the client has to give feedback</source>
        <translation>Days the client has to give feedback</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="67"/>
        <source>Surcharge for urgent work (%)</source>
        <translation>Surcharge for urgent work (%)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="69"/>
        <source>Days of notice to end the contract</source>
        <translation>Days of notice to end the contract</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="72"/>
        <source>Work done is paid if the contract ends early</source>
        <translation>Work done is paid if the contract ends early</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="75"/>
        <source>The deposit is refunded if the client ends the contract</source>
        <translation>The deposit is refunded if the client ends the contract</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="77"/>
        <source>Cancellation fee (%)</source>
        <translation>Cancellation fee (%)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="48"/>
        <source>Add to the documents the note that they are not legal advice</source>
        <translation>Add to the documents the note that they are not legal advice</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="50"/>
        <source>Add “Prepared with Pacta” under the documents&apos; title</source>
        <translation>Add “Prepared with Pacta” under the documents&apos; title</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../gui/letters/outbox.py" line="30"/>
        <source>Letters waiting to be sent</source>
        <translation>Letters waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="32"/>
        <source>No letter is waiting to be sent.</source>
        <translation>No letter is waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="34"/>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="35"/>
        <source>Take the letter out of the outbox; it is not sent</source>
        <translation>Take the letter out of the outbox; it is not sent</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="37"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="39"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="58"/>
        <source>{when} — {subject}</source>
        <translation>{when} — {subject}</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="43"/>
        <location filename="../../gui/wizard/page_payment.py" line="90"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="44"/>
        <source>How much, when, and what happens when payment is late.</source>
        <translation>How much, when, and what happens when payment is late.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="46"/>
        <source>Work that starts before any money arrives is paid last, or never. A deposit, a schedule tied to clear events and a payment period protect your time.</source>
        <translation>Work that starts before any money arrives is paid last, or never. A deposit, a schedule tied to clear events and a payment period protect your time.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="48"/>
        <source>The sum of the deliverable prices</source>
        <translation>The sum of the deliverable prices</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="49"/>
        <source>A fixed total</source>
        <translation>A fixed total</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="54"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="59"/>
        <source>One price for the whole work. Deliverable prices, when every deliverable has one, are read as its breakdown and must add up to it.</source>
        <translation>One price for the whole work. Deliverable prices, when every deliverable has one, are read as its breakdown and must add up to it.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="63"/>
        <location filename="../../gui/wizard/page_payment.py" line="85"/>
        <source>Deposit (%)</source>
        <translation>Deposit (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="67"/>
        <location filename="../../gui/wizard/page_payment.py" line="68"/>
        <source>Work starts once the deposit is paid</source>
        <translation>Work starts once the deposit is paid</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="70"/>
        <location filename="../../gui/wizard/page_payment.py" line="115"/>
        <source>Days to pay each invoice</source>
        <translation>Days to pay each invoice</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="72"/>
        <location filename="../../gui/wizard/page_payment.py" line="116"/>
        <source>Monthly late interest (%)</source>
        <translation>Monthly late interest (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="83"/>
        <source>The fee is</source>
        <translation>The fee is</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="95"/>
        <source>Installments after the deposit</source>
        <translation>Installments after the deposit</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="99"/>
        <location filename="../../gui/wizard/page_payment.py" line="106"/>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="100"/>
        <location filename="../../gui/wizard/page_payment.py" line="107"/>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="101"/>
        <location filename="../../gui/wizard/page_payment.py" line="109"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="102"/>
        <location filename="../../gui/wizard/page_payment.py" line="111"/>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="110"/>
        <location filename="../../gui/wizard/page_payment.py" line="170"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="112"/>
        <source>Installments</source>
        <translation>Installments</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="119"/>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="120"/>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="121"/>
        <source>Note on taxes</source>
        <translation>Note on taxes</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="156"/>
        <source>The fee is what the deliverables cost, added up.</source>
        <extracomment>Whether the taxes were set (loaded or offered); a new contract gets its language&apos;s defaults once.</extracomment>
        <translation>The fee is what the deliverables cost, added up.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="158"/>
        <source>One price for the whole work; the deliverables have no prices of their own.</source>
        <translation>One price for the whole work; the deliverables have no prices of their own.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="162"/>
        <source>One price for the whole work. The deliverable prices (together {sum}) are read as its breakdown, so when every deliverable has a price they must add up to the total; clear them on the Deliverables page to agree one price only.</source>
        <translation>One price for the whole work. The deliverable prices (together {sum}) are read as its breakdown, so when every deliverable has a price they must add up to the total; clear them on the Deliverables page to agree one price only.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="211"/>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="215"/>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="218"/>
        <source>Fee: {total}. Deposit plus installments: {percent} (must be 100%).</source>
        <translation>Fee: {total}. Deposit plus installments: {percent} (must be 100%).</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="310"/>
        <source>{field}: say which deliverable this installment is due on ({due}).</source>
        <extracomment>Installments loaded without a deliverable are tied to the last one when the page is shown.</extracomment>
        <translation>{field}: say which deliverable this installment is due on ({due}).</translation>
    </message>
</context>
<context>
    <name>PaymentSchedule</name>
    <message>
        <location filename="../../gui/widgets/payments.py" line="56"/>
        <source>Base {amount}</source>
        <extracomment>The sum to pay as base, each tax line and total (for a tooltip).</extracomment>
        <translation>Base {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="94"/>
        <source>{label} ({amount} by {number})</source>
        <translation>{label} ({amount} by {number})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="103"/>
        <source>Total to pay: {amount}</source>
        <translation>Total to pay: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="104"/>
        <location filename="../../gui/widgets/payments.py" line="122"/>
        <source>Paid so far: {amount}</source>
        <translation>Paid so far: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="105"/>
        <source>Still to pay: {amount}</source>
        <translation>Still to pay: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="118"/>
        <source>Total before {number}: {amount}</source>
        <translation>Total before {number}: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="120"/>
        <source>Total after {number}: {amount}</source>
        <translation>Total after {number}: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="125"/>
        <source>What remains to be paid:</source>
        <translation>What remains to be paid:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="129"/>
        <source>{label}: {amount}, {due}</source>
        <translation>{label}: {amount}, {due}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="133"/>
        <source>These payments add up to the balance: {total} to pay, less {paid} paid, is {balance}.</source>
        <translation>These payments add up to the balance: {total} to pay, less {paid} paid, is {balance}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="137"/>
        <source>These payments add up to {owed}, not to the balance of {balance}.</source>
        <translation>These payments add up to {owed}, not to the balance of {balance}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="147"/>
        <source>The difference in price goes with the next payment not yet due.</source>
        <translation>The difference in price goes with the next payment not yet due.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="148"/>
        <source>The difference in price is due on signing the change order.</source>
        <translation>The difference in price is due on signing the change order.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="149"/>
        <source>The difference in price is spread over every payment not yet due.</source>
        <translation>The difference in price is spread over every payment not yet due.</translation>
    </message>
</context>
<context>
    <name>PaymentsExtension</name>
    <message>
        <location filename="../../gui/payments/tab.py" line="169"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="170"/>
        <source>Mark as &amp;paid…</source>
        <translation>Mark as &amp;paid…</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="171"/>
        <source>Record money received against a scheduled payment</source>
        <translation>Record money received against a scheduled payment</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="214"/>
        <source>Payment recorded: {amount} on {date}.</source>
        <translation>Payment recorded: {amount} on {date}.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../gui/payments/tab.py" line="72"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="72"/>
        <source>To pay (with taxes)</source>
        <translation>To pay (with taxes)</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="72"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="73"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="73"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="73"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="87"/>
        <source>Mark as paid…</source>
        <translation>Mark as paid…</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="89"/>
        <source>Record money received against the selected payment</source>
        <translation>Record money received against the selected payment</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="120"/>
        <source>The contract has no fee: no payments are scheduled.</source>
        <translation>The contract has no fee: no payments are scheduled.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="128"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="155"/>
        <source>Work starts once the deposit is paid, and it is due to start ({date}), but the deposit is not recorded as paid: {amount} still owed.</source>
        <translation>Work starts once the deposit is paid, and it is due to start ({date}), but the deposit is not recorded as paid: {amount} still owed.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="47"/>
        <source>Preferences</source>
        <extracomment>&quot;Your own details&quot; as stored (None: not shown); `profile()` gives them as edited. The language of the messages: the UI&apos;s (QLocale&apos;s default follows it).</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="78"/>
        <source>A new language applies as soon as you press OK (at the next start while a contract is open in the wizard).</source>
        <translation>A new language applies as soon as you press OK (at the next start while a contract is open in the wizard).</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="88"/>
        <source>Your own details</source>
        <translation>Your own details</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="93"/>
        <source>They fill in “You (the provider)” in every new contract. Saving a contract never changes them, unless you tick “use these as my details” in it.</source>
        <translation>They fill in “You (the provider)” in every new contract. Saving a contract never changes them, unless you tick “use these as my details” in it.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="98"/>
        <source>Name or company</source>
        <translation>Name or company</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="98"/>
        <source>Represented by</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="99"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="99"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="99"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="100"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="131"/>
        <source>Your own details need a name (yours or your company&apos;s).</source>
        <translation>Your own details need a name (yours or your company&apos;s).</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../gui/wizard/preview.py" line="46"/>
        <source>Preview of the agreement</source>
        <extracomment>No busy cursor while rendering (the preview beside a page renders as the user types).</extracomment>
        <translation>Preview of the agreement</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="55"/>
        <source>Preparing the preview</source>
        <translation>Preparing the preview</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="84"/>
        <source>Preparing the preview…</source>
        <extracomment>Says a contract&apos;s issue in words, naming the field as the wizard labels it. The newest preview asked for: an older one that finishes later is not shown.</extracomment>
        <translation>Preparing the preview…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizard/preview.py" line="125"/>
        <source>Preview of the agreement: %n page(s)</source>
        <translation>
            <numerusform>Preview of the agreement: %n page</numerusform>
            <numerusform>Preview of the agreement: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizard/preview.py" line="134"/>
        <source>Not updated while %n problem(s) remain; this is the last complete version.</source>
        <translation>
            <numerusform>Not updated while %n problem remains; this is the last complete version.</numerusform>
            <numerusform>Not updated while %n problems remain; this is the last complete version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizard/preview.py" line="137"/>
        <source>The preview shows once the contract is complete (%n problem(s) left).</source>
        <translation>
            <numerusform>The preview shows once the contract is complete (%n problem left).</numerusform>
            <numerusform>The preview shows once the contract is complete (%n problems left).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="144"/>
        <source>The preview could not be prepared; saving and generating the documents may still work.</source>
        <translation>The preview could not be prepared; saving and generating the documents may still work.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="145"/>
        <source>Technical detail: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="147"/>
        <source>The preview is not available: {reason}</source>
        <translation>The preview is not available: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="22"/>
        <source>Project and parties</source>
        <translation>Project and parties</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="23"/>
        <source>Who agrees with whom, on what, from when.</source>
        <translation>Who agrees with whom, on what, from when.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="25"/>
        <source>A contract starts with clarity: the exact names of both parties and of the project. Tick “use these as my details” and your own details fill in the next contract.</source>
        <translation>A contract starts with clarity: the exact names of both parties and of the project. Tick “use these as my details” and your own details fill in the next contract.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="27"/>
        <location filename="../../gui/wizard/page_project.py" line="36"/>
        <source>Project title</source>
        <translation>Project title</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="28"/>
        <location filename="../../gui/wizard/page_project.py" line="37"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="29"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="29"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="30"/>
        <source>Language of the documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="31"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="32"/>
        <location filename="../../gui/wizard/page_project.py" line="44"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="33"/>
        <source>e.g. Website redesign for Bakery La Espiga</source>
        <translation>e.g. Website redesign for Bakery La Espiga</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="34"/>
        <source>your own number, optional</source>
        <translation>your own number, optional</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="43"/>
        <source>Language and currency</source>
        <translation>Language and currency</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="47"/>
        <source>You (the provider)</source>
        <translation>You (the provider)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="48"/>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="53"/>
        <source>&amp;Use these as my details for new contracts</source>
        <extracomment>Ticked: saving the contract also keeps the provider&apos;s details for new contracts.</extracomment>
        <translation>&amp;Use these as my details for new contracts</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="67"/>
        <source>Name or company</source>
        <translation>Name or company</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="68"/>
        <source>Represented by</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="69"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="70"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="71"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="72"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="74"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="74"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="79"/>
        <source>{party}: {field}</source>
        <translation>{party}: {field}</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../gui/main/projects.py" line="44"/>
        <location filename="../../gui/main/projects.py" line="46"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="44"/>
        <location filename="../../gui/main/projects.py" line="46"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="44"/>
        <location filename="../../gui/main/projects.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="44"/>
        <source>Ver.</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="45"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="45"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="46"/>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="47"/>
        <source>The next date due: a deliverable or something the client hands over</source>
        <translation>The next date due: a deliverable or something the client hands over</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="48"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="33"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="34"/>
        <source>Read it as your client will, then save it and generate the documents.</source>
        <translation>Read it as your client will, then save it and generate the documents.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="36"/>
        <source>Documentation settles arguments: the agreement and the scope checklist, initialled and signed, are what you point to when the project drifts. Pacta writes documents, not legal advice; every clause stays editable.</source>
        <translation>Documentation settles arguments: the agreement and the scope checklist, initialled and signed, are what you point to when the project drifts. Pacta writes documents, not legal advice; every clause stays editable.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="41"/>
        <source>Summary of the contract</source>
        <translation>Summary of the contract</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="53"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="54"/>
        <source>Generate documents…</source>
        <translation>Generate documents…</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="151"/>
        <source>Written with the wizard</source>
        <translation>Written with the wizard</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="152"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="157"/>
        <source>Recorded {number} (version {version}): proposed until the client signs it.</source>
        <translation>Recorded {number} (version {version}): proposed until the client signs it.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="161"/>
        <location filename="../../gui/wizard/page_review.py" line="214"/>
        <source>Saved as version {number}.</source>
        <translation>Saved as version {number}.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="181"/>
        <source>This contract is signed, so it is not changed in place: the change is recorded as a change order, proposed until both parties sign it. The version in force stays as it is until then.</source>
        <translation>This contract is signed, so it is not changed in place: the change is recorded as a change order, proposed until both parties sign it. The version in force stays as it is until then.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="185"/>
        <source>Not saved: a signed contract changes only through a change order.</source>
        <translation>Not saved: a signed contract changes only through a change order.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="193"/>
        <source>Where to put the documents</source>
        <translation>Where to put the documents</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="207"/>
        <source>Writing the documents…</source>
        <translation>Writing the documents…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizard/page_review.py" line="212"/>
        <source>%n document(s) written.</source>
        <translation>
            <numerusform>%n document written.</numerusform>
            <numerusform>%n documents written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="228"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="69"/>
        <source>Pacta writes documents, not legal advice; every clause is editable. The copies for your client carry no such note (see Preferences).</source>
        <extracomment>Characters the PDF cannot print, by field (filled off the GUI thread when the page opens).</extracomment>
        <translation>Pacta writes documents, not legal advice; every clause is editable. The copies for your client carry no such note (see Preferences).</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="21"/>
        <source>Roles and responsibilities</source>
        <translation>Roles and responsibilities</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="22"/>
        <source>Who does what, on both sides.</source>
        <translation>Who does what, on both sides.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="24"/>
        <source>Both sides can say yes to different pictures of the work. Writing down each person&apos;s role, yours and the client&apos;s, is what turns agreement into clarity.</source>
        <translation>Both sides can say yes to different pictures of the work. Writing down each person&apos;s role, yours and the client&apos;s, is what turns agreement into clarity.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="27"/>
        <source>Your side</source>
        <translation>Your side</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="27"/>
        <source>The client&apos;s side</source>
        <translation>The client&apos;s side</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="32"/>
        <location filename="../../gui/wizard/page_roles.py" line="38"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="33"/>
        <location filename="../../gui/wizard/page_roles.py" line="39"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="34"/>
        <source>Responsibilities</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="40"/>
        <source>Responsibilities (one per line)</source>
        <translation>Responsibilities (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="43"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="44"/>
        <source>Roles: your side</source>
        <translation>Roles: your side</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="44"/>
        <source>Roles: the client&apos;s side</source>
        <translation>Roles: the client&apos;s side</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="58"/>
        <source>your side</source>
        <translation>your side</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="58"/>
        <source>the client&apos;s side</source>
        <translation>the client&apos;s side</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="59"/>
        <source>{field} ({side}, row {row})</source>
        <translation>{field} ({side}, row {row})</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location filename="../../gui/journal/rounds.py" line="54"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="55"/>
        <source>Client feedback, round {n}</source>
        <translation>Client feedback, round {n}</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../gui/journal/rounds.py" line="73"/>
        <location filename="../../gui/journal/rounds.py" line="232"/>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="73"/>
        <source>Feedback rounds</source>
        <translation>Feedback rounds</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="86"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="86"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="86"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="97"/>
        <source>Nothing recorded for this deliverable yet.</source>
        <translation>Nothing recorded for this deliverable yet.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="117"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="118"/>
        <source>Client feedback</source>
        <translation>Client feedback</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="119"/>
        <source>A delivery of the work, or a round of the client&apos;s feedback on it</source>
        <translation>A delivery of the work, or a round of the client&apos;s feedback on it</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="122"/>
        <source>Note (optional): what was sent, what the client asked for</source>
        <translation>Note (optional): what was sent, what the client asked for</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="123"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="124"/>
        <source>Record it (Enter in the note)</source>
        <translation>Record it (Enter in the note)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="162"/>
        <source>Select a project to see its revision rounds.</source>
        <translation>Select a project to see its revision rounds.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="170"/>
        <location filename="../../gui/journal/rounds.py" line="237"/>
        <source>{id} · {title}</source>
        <translation>{id} · {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/rounds.py" line="193"/>
        <source>%n round(s) of feedback (no number agreed)</source>
        <translation>
            <numerusform>%n round of feedback (no number agreed)</numerusform>
            <numerusform>%n rounds of feedback (no number agreed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/rounds.py" line="195"/>
        <source>no feedback yet (%n included)</source>
        <translation>
            <numerusform>no feedback yet (%n included)</numerusform>
            <numerusform>no feedback yet (%n included)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="197"/>
        <source>round {used} of {allowed}: beyond what was agreed</source>
        <translation>round {used} of {allowed}: beyond what was agreed</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="198"/>
        <source>round {used} of {allowed}</source>
        <translation>round {used} of {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="205"/>
        <source>Version {n}, in force.</source>
        <translation>Version {n}, in force.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="207"/>
        <source>The contract sets no number of revision rounds.</source>
        <translation>The contract sets no number of revision rounds.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/rounds.py" line="209"/>
        <source>%n round(s) of feedback included per deliverable.</source>
        <translation>
            <numerusform>%n round of feedback included per deliverable.</numerusform>
            <numerusform>%n rounds of feedback included per deliverable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="211"/>
        <source>Each extra round: {price}.</source>
        <translation>Each extra round: {price}.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="270"/>
        <source>The agreed rounds of feedback on “{title}” are used up. Change order {number}, which adds the next round, is waiting for the client&apos;s signature.</source>
        <translation>The agreed rounds of feedback on “{title}” are used up. Change order {number}, which adds the next round, is waiting for the client&apos;s signature.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="275"/>
        <source>The agreed rounds of feedback on “{title}” are used up. The contract is closed, so no change order can be added.</source>
        <translation>The agreed rounds of feedback on “{title}” are used up. The contract is closed, so no change order can be added.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="280"/>
        <source>Draft a change order for round {n}…</source>
        <translation>Draft a change order for round {n}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/rounds.py" line="290"/>
        <source>The %n agreed round(s) of feedback on “{title}” are used up.</source>
        <translation>
            <numerusform>The %n agreed round of feedback on “{title}” is used up.</numerusform>
            <numerusform>The %n agreed rounds of feedback on “{title}” are used up.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="293"/>
        <source>The contract sets no price for another round: put one in the change order.</source>
        <translation>The contract sets no price for another round: put one in the change order.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="295"/>
        <source>Another round costs {price}, as agreed.</source>
        <translation>Another round costs {price}, as agreed.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="297"/>
        <source>Have the client sign a change order before starting it.</source>
        <translation>Have the client sign a change order before starting it.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="308"/>
        <source>Included rounds used up</source>
        <translation>Included rounds used up</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="309"/>
        <source>Draft the change order for round {n} now?</source>
        <translation>Draft the change order for round {n} now?</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="324"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Type the date, or pick it from the calendar.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../gui/widgets/rows.py" line="255"/>
        <source>Add</source>
        <extracomment>Cells the user has edited, by the identity of their row (rows keep it when moved). The list itself was changed (a row added, removed or moved), not just a cell.</extracomment>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="256"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="257"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="260"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="262"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="265"/>
        <source>Undo remove</source>
        <extracomment>Rows removed, newest last, with where they were: Undo puts them back.</extracomment>
        <translation>Undo remove</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="273"/>
        <source>Put back the last row removed ({shortcut})</source>
        <translation>Put back the last row removed ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="302"/>
        <source>Add a row ({shortcut})</source>
        <translation>Add a row ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="303"/>
        <source>Remove the selected row ({shortcut})</source>
        <translation>Remove the selected row ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="305"/>
        <source>Copy the selected row below it ({shortcut})</source>
        <translation>Copy the selected row below it ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="307"/>
        <source>Move the selected row up ({shortcut})</source>
        <translation>Move the selected row up ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="309"/>
        <source>Move the selected row down ({shortcut})</source>
        <translation>Move the selected row down ({shortcut})</translation>
    </message>
</context>
<context>
    <name>ScansTab</name>
    <message>
        <location filename="../../gui/journal/scans.py" line="54"/>
        <source>Keep the scan of each signed paper with the version or change order it belongs to. Pacta stores a copy and its fingerprint (SHA-256), so you can later show it is the same file.</source>
        <extracomment>What the last check before opening found (work.ScanCheck), for the status line and tests.</extracomment>
        <translation>Keep the scan of each signed paper with the version or change order it belongs to. Pacta stores a copy and its fingerprint (SHA-256), so you can later show it is the same file.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="59"/>
        <source>The version or change order the signed paper belongs to</source>
        <translation>The version or change order the signed paper belongs to</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="60"/>
        <source>Attach a signed copy…</source>
        <translation>Attach a signed copy…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="64"/>
        <source>Belongs to:</source>
        <translation>Belongs to:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="71"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="71"/>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="71"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="71"/>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="83"/>
        <source>No signed copies attached yet.</source>
        <translation>No signed copies attached yet.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="85"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="86"/>
        <source>Check the file against its fingerprint, then open it</source>
        <translation>Check the file against its fingerprint, then open it</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="135"/>
        <source>Change order {number} ({status}) · version {version}</source>
        <translation>Change order {number} ({status}) · version {version}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="138"/>
        <location filename="../../gui/journal/scans.py" line="145"/>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="140"/>
        <source>Version {n} (in force)</source>
        <translation>Version {n} (in force)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="149"/>
        <source>{name}
SHA-256 {digest}</source>
        <translation>{name}
SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="164"/>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="165"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="166"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="171"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="172"/>
        <source>Altered</source>
        <translation>Altered</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="172"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="203"/>
        <source>Attach a signed copy</source>
        <translation>Attach a signed copy</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="204"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="221"/>
        <source>{name} attached to {target}. Fingerprint (SHA-256): {digest}</source>
        <translation>{name} attached to {target}. Fingerprint (SHA-256): {digest}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="224"/>
        <source>Attaching {name}…</source>
        <translation>Attaching {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="247"/>
        <source>{name} is the same file that was attached on {date}: its fingerprint matches.</source>
        <translation>{name} is the same file that was attached on {date}: its fingerprint matches.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="254"/>
        <source>The copy of {name} attached on {date} is missing from the data folder ({path}). It may have been moved or deleted outside Pacta; restore it from a backup of the data folder.</source>
        <translation>The copy of {name} attached on {date} is missing from the data folder ({path}). It may have been moved or deleted outside Pacta; restore it from a backup of the data folder.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="258"/>
        <source>Signed copy missing</source>
        <translation>Signed copy missing</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="262"/>
        <source>{name} is NOT the file that was attached on {date}: its fingerprint no longer matches, so it was altered or damaged after it was attached. Do not rely on it as proof.</source>
        <translation>{name} is NOT the file that was attached on {date}: its fingerprint no longer matches, so it was altered or damaged after it was attached. Do not rely on it as proof.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="266"/>
        <source>Signed copy altered</source>
        <translation>Signed copy altered</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="266"/>
        <source>Open it anyway?</source>
        <translation>Open it anyway?</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../../gui/sending/menu.py" line="74"/>
        <source>{action} ({shortcut})</source>
        <extracomment>The last non-modal message listing rendering warnings (None when none was needed).</extracomment>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="80"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="81"/>
        <source>Print &amp;signature sheets…</source>
        <translation>Print &amp;signature sheets…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="82"/>
        <source>E&amp;mail to the client…</source>
        <translation>E&amp;mail to the client…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="83"/>
        <source>Export &amp;calendar…</source>
        <translation>Export &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="84"/>
        <source>&amp;Mail server settings…</source>
        <translation>&amp;Mail server settings…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="85"/>
        <source>Edit mail temp&amp;lates…</source>
        <translation>Edit mail temp&amp;lates…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="86"/>
        <source>The subject and text of the message to the client are yours to change</source>
        <translation>The subject and text of the message to the client are yours to change</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="129"/>
        <source>Services agreement</source>
        <translation>Services agreement</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="129"/>
        <source>Scope checklist</source>
        <translation>Scope checklist</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="133"/>
        <source>Change order {number}</source>
        <translation>Change order {number}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="151"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="151"/>
        <source>Document to print:</source>
        <translation>Document to print:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="195"/>
        <source>Signature sheets — {title}</source>
        <translation>Signature sheets — {title}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="212"/>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="213"/>
        <source>No printer is installed on this computer, so Pacta cannot print. Save the pages as a PDF file instead? You can print it later on any computer.</source>
        <translation>No printer is installed on this computer, so Pacta cannot print. Save the pages as a PDF file instead? You can print it later on any computer.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="224"/>
        <source>Print preview — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="237"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="238"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="259"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="288"/>
        <source>Sent to {recipients}; kept in the project&apos;s history.</source>
        <translation>Sent to {recipients}; kept in the project&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="302"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="303"/>
        <source>Pacta had to change some text to write the documents. Check these fields before the documents go to the client:</source>
        <translation>Pacta had to change some text to write the documents. Check these fields before the documents go to the client:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="335"/>
        <location filename="../../gui/sending/menu.py" line="339"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="336"/>
        <source>This contract has no dates yet (deliveries, client inputs or payments), so there is nothing to put in a calendar.</source>
        <translation>This contract has no dates yet (deliveries, client inputs or payments), so there is nothing to put in a calendar.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="340"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sending/menu.py" line="348"/>
        <source>%n date(s) exported to {path}</source>
        <translation>
            <numerusform>%n date exported to {path}</numerusform>
            <numerusform>%n dates exported to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="377"/>
        <source>The subject and text of the message to the client are in the folder that opens now, one file per language:

{folder}

Edit them with any text editor: the first line is the subject, the text starts after the first blank line. Keep the names written like ${{project}}: Pacta fills them in. Delete a file to go back to Pacta&apos;s text.</source>
        <translation>The subject and text of the message to the client are in the folder that opens now, one file per language:

{folder}

Edit them with any text editor: the first line is the subject, the text starts after the first blank line. Keep the names written like ${{project}}: Pacta fills them in. Delete a file to go back to Pacta&apos;s text.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="382"/>
        <source>Pacta does not know these names; they appear in the message as typed:</source>
        <translation>Pacta does not know these names; they appear in the message as typed:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="384"/>
        <source>• {file}: ${{{name}}}</source>
        <translation>• {file}: ${{{name}}}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="386"/>
        <source>Mail templates</source>
        <translation>Mail templates</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="49"/>
        <source>The certificate file {path} cannot be read ({detail}). Check that it is still there and that you may open it.</source>
        <translation>The certificate file {path} cannot be read ({detail}). Check that it is still there and that you may open it.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="51"/>
        <source>{path} is not a signing certificate. Choose the .p12 or .pfx file you exported from your browser or received from the issuer.</source>
        <translation>{path} is not a signing certificate. Choose the .p12 or .pfx file you exported from your browser or received from the issuer.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="53"/>
        <source>The password of the certificate is not correct. Type it again (it is the one you chose when you exported the certificate).</source>
        <translation>The password of the certificate is not correct. Type it again (it is the one you chose when you exported the certificate).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="55"/>
        <source>Type the certificate&apos;s password: none is kept for it in the system keyring.</source>
        <translation>Type the certificate&apos;s password: none is kept for it in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="57"/>
        <source>{path} cannot be opened as a PDF, PNG or JPEG file ({detail}).</source>
        <translation>{path} cannot be opened as a PDF, PNG or JPEG file ({detail}).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="59"/>
        <source>{path} is not a document of any project in this data folder.</source>
        <translation>{path} is not a document of any project in this data folder.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="77"/>
        <source>Sign as the provider</source>
        <translation>Sign as the provider</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="80"/>
        <source>Pacta signs the document with your electronic certificate (for example from the FNMT or ACCV) and leaves a signature field for your client, who signs it with Adobe Reader, AutoFirma or any other PDF signing tool.</source>
        <translation>Pacta signs the document with your electronic certificate (for example from the FNMT or ACCV) and leaves a signature field for your client, who signs it with Adobe Reader, AutoFirma or any other PDF signing tool.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="89"/>
        <source>a .p12 or .pfx file</source>
        <translation>a .p12 or .pfx file</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="90"/>
        <location filename="../../gui/signing/sign_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="99"/>
        <source>Keep the password in the system keyring</source>
        <translation>Keep the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="105"/>
        <source>The password is never written to a file. Leave it empty to use the one kept in the system keyring.</source>
        <translation>The password is never written to a file. Leave it empty to use the one kept in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="107"/>
        <source>This computer has no system keyring Pacta can use, so the password is asked for each time you sign. It is never written to a file.</source>
        <translation>This computer has no system keyring Pacta can use, so the password is asked for each time you sign. It is never written to a file.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="116"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="117"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="118"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="121"/>
        <source>Save the signed PDF in</source>
        <translation>Save the signed PDF in</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="128"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="167"/>
        <source>Your signing certificate</source>
        <translation>Your signing certificate</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="168"/>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="174"/>
        <source>Where to save the signed PDF</source>
        <translation>Where to save the signed PDF</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="191"/>
        <source>Choose your certificate first (a .p12 or .pfx file).</source>
        <translation>Choose your certificate first (a .p12 or .pfx file).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="197"/>
        <source>The folder {folder} does not exist. Choose another one.</source>
        <translation>The folder {folder} does not exist. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="203"/>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="215"/>
        <source>Password not kept</source>
        <translation>Password not kept</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="216"/>
        <source>The document is signed, but the system keyring could not keep the password: type it again next time.</source>
        <translation>The document is signed, but the system keyring could not keep the password: type it again next time.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../gui/signing/menu.py" line="50"/>
        <source>S&amp;ign…</source>
        <translation>S&amp;ign…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="52"/>
        <source>Sign a document with your electronic certificate, leaving a signature field for the client</source>
        <translation>Sign a document with your electronic certificate, leaving a signature field for the client</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="54"/>
        <source>&amp;Receive a signed copy…</source>
        <translation>&amp;Receive a signed copy…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="55"/>
        <source>Check the PDF your client signed and record the contract as signed</source>
        <translation>Check the PDF your client signed and record the contract as signed</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="57"/>
        <source>&amp;Verify a document…</source>
        <translation>&amp;Verify a document…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="58"/>
        <source>Which project and version a PDF, scan or photo shows, and whether a PDF&apos;s text is that version&apos;s</source>
        <translation>Which project and version a PDF, scan or photo shows, and whether a PDF&apos;s text is that version&apos;s</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="60"/>
        <source>Trusted &amp;certificates…</source>
        <translation>Trusted &amp;certificates…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="97"/>
        <source>Services agreement</source>
        <translation>Services agreement</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="97"/>
        <source>Scope checklist</source>
        <translation>Scope checklist</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="101"/>
        <source>Change order {number}</source>
        <translation>Change order {number}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="120"/>
        <source>Signed by {signer}: {path}</source>
        <translation>Signed by {signer}: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="134"/>
        <location filename="../../gui/signing/menu.py" line="155"/>
        <location filename="../../gui/signing/menu.py" line="167"/>
        <source>Receive a signed copy</source>
        <translation>Receive a signed copy</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="135"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="141"/>
        <source>Checking the signatures of {name}…</source>
        <translation>Checking the signatures of {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="152"/>
        <source>A signature is valid, but its certificate is not trusted, so nothing is recorded. To trust it, add the certificate of the signer, or of the authority that issued it, under Trusted certificates.</source>
        <translation>A signature is valid, but its certificate is not trusted, so nothing is recorded. To trust it, add the certificate of the signer, or of the authority that issued it, under Trusted certificates.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="157"/>
        <source>Trusted certificates…</source>
        <translation>Trusted certificates…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="179"/>
        <location filename="../../gui/signing/menu.py" line="192"/>
        <location filename="../../gui/signing/menu.py" line="197"/>
        <location filename="../../gui/signing/menu.py" line="207"/>
        <source>Verify a document</source>
        <translation>Verify a document</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="180"/>
        <source>PDF documents, scans and photos (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PDF documents, scans and photos (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="185"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="202"/>
        <source>This file is not what version {n} of “{title}” says: its text differs.</source>
        <translation>This file is not what version {n} of “{title}” says: its text differs.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="204"/>
        <source>This file is version {n} of “{title}”, word for word.</source>
        <translation>This file is version {n} of “{title}”, word for word.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="206"/>
        <source>This file shows version {n} of “{title}”; its text was not compared.</source>
        <translation>This file shows version {n} of “{title}”; its text was not compared.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="208"/>
        <source>Show the project</source>
        <translation>Show the project</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../gui/core/statuses.py" line="11"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gui/core/statuses.py" line="12"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../gui/core/statuses.py" line="13"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../gui/core/statuses.py" line="14"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../gui/core/statuses.py" line="15"/>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../gui/wizard/steps.py" line="38"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="40"/>
        <source>has problems</source>
        <translation>has problems</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="41"/>
        <source>not visited yet</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="67"/>
        <location filename="../../gui/wizard/steps.py" line="68"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="72"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="122"/>
        <source>, current step</source>
        <translation>, current step</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../gui/widgets/summary.py" line="27"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="28"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="29"/>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="30"/>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="31"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="32"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="33"/>
        <source>Not included:</source>
        <translation>Not included:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="34"/>
        <source>The client hands over</source>
        <translation>The client hands over</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="35"/>
        <source>Payment schedule</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="36"/>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="37"/>
        <source>before work starts</source>
        <translation>before work starts</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="38"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="43"/>
        <source>Reference: {value}</source>
        <translation>Reference: {value}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="45"/>
        <source>Starts on {date}</source>
        <translation>Starts on {date}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="47"/>
        <source>Documents in Spanish, amounts in {currency}</source>
        <translation>Documents in Spanish, amounts in {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="50"/>
        <source>Documents in English, amounts in {currency}</source>
        <translation>Documents in English, amounts in {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="54"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="54"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="82"/>
        <source>on signing</source>
        <translation>on signing</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="82"/>
        <source>on delivery</source>
        <translation>on delivery</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="83"/>
        <source>on acceptance</source>
        <translation>on acceptance</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../gui/main/detail.py" line="58"/>
        <source>Select a project to see it here.</source>
        <translation>Select a project to see it here.</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="63"/>
        <source>{status} · version {number} · {when} · fingerprint {fingerprint}</source>
        <translation>{status} · version {number} · {when} · fingerprint {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="69"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="73"/>
        <source>version {number}, {when}</source>
        <translation>version {number}, {when}</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="78"/>
        <source>No documents generated yet: open the project and use “Generate documents…” on its last page.</source>
        <translation>No documents generated yet: open the project and use “Generate documents…” on its last page.</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="89"/>
        <source>This is version {number}, the one in force.</source>
        <translation>This is version {number}, the one in force.</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="91"/>
        <source>{number} (version {version}) is proposed, waiting for both signatures: {reason}</source>
        <translation>{number} (version {version}) is proposed, waiting for both signatures: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="96"/>
        <source>{number} (version {version}) was rejected on {date}: {reason}</source>
        <translation>{number} (version {version}) was rejected on {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>TaxesBox</name>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="37"/>
        <source>Added to the price</source>
        <extracomment>The note an English contract starts with (contract text, in the contract&apos;s language).</extracomment>
        <translation>Added to the price</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="37"/>
        <source>Withheld by the client</source>
        <translation>Withheld by the client</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="51"/>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="53"/>
        <location filename="../../gui/wizard/taxes.py" line="64"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="54"/>
        <location filename="../../gui/wizard/taxes.py" line="66"/>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="55"/>
        <location filename="../../gui/wizard/taxes.py" line="67"/>
        <source>How it applies</source>
        <translation>How it applies</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="69"/>
        <source>In Spain, IVA (21 %) is added to the fee; when the client is a business, it withholds IRPF: 15 %, or 7 % in the first three years of the activity.</source>
        <translation>In Spain, IVA (21 %) is added to the fee; when the client is a business, it withholds IRPF: 15 %, or 7 % in the first three years of the activity.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="73"/>
        <source>Withhold IRPF 15 %</source>
        <translation>Withhold IRPF 15 %</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="74"/>
        <source>Withhold IRPF 7 %</source>
        <translation>Withhold IRPF 7 %</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="79"/>
        <source>Before tax: the taxes added come on top</source>
        <translation>Before tax: the taxes added come on top</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="80"/>
        <source>With the taxes added already included</source>
        <translation>With the taxes added already included</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="83"/>
        <source>For example an exemption, or that the client pays the tax (reverse charge)</source>
        <translation>For example an exemption, or that the client pays the tax (reverse charge)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="101"/>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="104"/>
        <source>Note on taxes</source>
        <translation>Note on taxes</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="172"/>
        <source>Base: {amount}</source>
        <translation>Base: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="176"/>
        <source>{name} ({rate}) withheld: −{amount}</source>
        <translation>{name} ({rate}) withheld: −{amount}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="179"/>
        <source>{name} ({rate}): +{amount}</source>
        <translation>{name} ({rate}): +{amount}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="181"/>
        <source>Total to pay: {amount}</source>
        <translation>Total to pay: {amount}</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../gui/templates/chooser.py" line="33"/>
        <source>project title</source>
        <extracomment>How the chooser names the fields that hold a placeholder (by the start of their path).</extracomment>
        <translation>project title</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="34"/>
        <source>your details</source>
        <translation>your details</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="35"/>
        <source>the client&apos;s details</source>
        <translation>the client&apos;s details</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="36"/>
        <source>who does what</source>
        <translation>who does what</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="37"/>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="38"/>
        <source>law and courts</source>
        <translation>law and courts</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="54"/>
        <source>New contract from a template</source>
        <translation>New contract from a template</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="57"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="57"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="60"/>
        <source>Language of the documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="62"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="72"/>
        <source>The work starts on</source>
        <translation>The work starts on</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="78"/>
        <source>&amp;Language of the documents</source>
        <translation>&amp;Language of the documents</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="79"/>
        <source>The work &amp;starts on</source>
        <translation>The work &amp;starts on</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="95"/>
        <source>Start the con&amp;tract</source>
        <translation>Start the con&amp;tract</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="97"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="108"/>
        <source>Start from a contract written for your trade: deliverables with acceptance criteria, what the client hands over, what is out of scope, revision rounds and a payment schedule. Its dates move to start on the day you choose; what you must replace is in [CAPITALS IN BRACKETS].</source>
        <translation>Start from a contract written for your trade: deliverables with acceptance criteria, what the client hands over, what is out of scope, revision rounds and a payment schedule. Its dates move to start on the day you choose; what you must replace is in [CAPITALS IN BRACKETS].</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="122"/>
        <source>A blank contract</source>
        <translation>A blank contract</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="128"/>
        <source>Yours: {name}</source>
        <translation>Yours: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="151"/>
        <source>An empty contract with your default terms (Preferences).</source>
        <translation>An empty contract with your default terms (Preferences).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/templates/chooser.py" line="168"/>
        <source>%n field(s) to replace, highlighted in the wizard:</source>
        <translation>
            <numerusform>%n field to replace, highlighted in the wizard:</numerusform>
            <numerusform>%n fields to replace, highlighted in the wizard:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../gui/templates/menu.py" line="54"/>
        <source>Replace the text in [CAPITALS] with your own.</source>
        <extracomment>The dynamic property the style sheet highlights (gui/core/resources.py).</extracomment>
        <translation>Replace the text in [CAPITALS] with your own.</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="83"/>
        <source>New f&amp;rom a template…</source>
        <translation>New f&amp;rom a template…</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="85"/>
        <source>Start from a contract written for your trade, or from one of your own</source>
        <translation>Start from a contract written for your trade, or from one of your own</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="88"/>
        <source>Save as a temp&amp;late…</source>
        <translation>Save as a temp&amp;late…</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="89"/>
        <source>Keep this contract as a starting point for the next ones</source>
        <translation>Keep this contract as a starting point for the next ones</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="102"/>
        <source>Or start from a template for your trade</source>
        <translation>Or start from a template for your trade</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="154"/>
        <source>Save as a template</source>
        <extracomment>The fields marked in the last wizard started from a template.</extracomment>
        <translation>Save as a template</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="155"/>
        <source>Name of the template (the client&apos;s details are left out):</source>
        <translation>Name of the template (the client&apos;s details are left out):</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="169"/>
        <source>Replace the template?</source>
        <translation>Replace the template?</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="170"/>
        <source>You already have a template called “{name}”. Replace it with this contract?</source>
        <translation>You already have a template called “{name}”. Replace it with this contract?</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="183"/>
        <source>Saved as the template “{name}”: File › New from a template offers it.</source>
        <translation>Saved as the template “{name}”: File › New from a template offers it.</translation>
    </message>
</context>
<context>
    <name>TerminationPage</name>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="22"/>
        <source>Changes and termination</source>
        <translation>Changes and termination</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="23"/>
        <source>What happens when the client asks for more, or wants to stop.</source>
        <translation>What happens when the client asks for more, or wants to stop.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="25"/>
        <source>A new request is written, priced and signed before it is done. And if you have to let a client go, a termination clause lets you point to it and be paid for the work done.</source>
        <translation>A new request is written, priced and signed before it is done. And if you have to let a client go, a termination clause lets you point to it and be paid for the work done.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="27"/>
        <location filename="../../gui/wizard/page_termination.py" line="43"/>
        <source>How a change is agreed</source>
        <translation>How a change is agreed</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="28"/>
        <location filename="../../gui/wizard/page_termination.py" line="44"/>
        <source>Hourly rate for changes</source>
        <translation>Hourly rate for changes</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="30"/>
        <location filename="../../gui/wizard/page_termination.py" line="48"/>
        <source>Days of notice</source>
        <translation>Days of notice</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="32"/>
        <location filename="../../gui/wizard/page_termination.py" line="33"/>
        <source>Work done up to then is paid</source>
        <translation>Work done up to then is paid</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="35"/>
        <location filename="../../gui/wizard/page_termination.py" line="36"/>
        <source>The deposit is refunded</source>
        <translation>The deposit is refunded</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="38"/>
        <location filename="../../gui/wizard/page_termination.py" line="51"/>
        <source>Cancellation fee (%)</source>
        <translation>Cancellation fee (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="40"/>
        <location filename="../../gui/wizard/page_termination.py" line="52"/>
        <source>Who owns the work</source>
        <translation>Who owns the work</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="41"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="46"/>
        <source>Ending the contract</source>
        <translation>Ending the contract</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../gui/signing/results.py" line="83"/>
        <source>Trusted certificates</source>
        <translation>Trusted certificates</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="86"/>
        <source>Pacta trusts the certificate authorities your system trusts. Add here the certificate of another authority, or of one signer, to trust the signatures made with it (a .pem, .crt or .cer file). Pacta keeps a copy, so the file may be moved later.</source>
        <translation>Pacta trusts the certificate authorities your system trusts. Add here the certificate of another authority, or of one signer, to trust the signatures made with it (a .pem, .crt or .cer file). Pacta keeps a copy, so the file may be moved later.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="91"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="92"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="133"/>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="148"/>
        <source>Certificate to trust</source>
        <translation>Certificate to trust</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="149"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
</context>
</TS>
