<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdviceDialog</name>
    <message>
        <location filename="../../gui/letters/advice.py" line="40"/>
        <source>Before you send it</source>
        <translation>Antes de enviarla</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="43"/>
        <source>1. Restate their concern</source>
        <translation>1. Reformule lo que le preocupa al cliente</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="45"/>
        <source>The letter opens with the client&apos;s concern in your words: “{request}”. Read it as the client would: is that what they meant?</source>
        <translation>La carta empieza reformulando, con palabras de usted, lo que le preocupa al cliente: «{request}». Léala como la leería el cliente: ¿es eso lo que quería decir?</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="48"/>
        <source>The letter does not restate the client&apos;s concern. If it answers a message, go back and write their concern in your own words: people listen once they feel heard.</source>
        <translation>La carta no recoge lo que le preocupa al cliente. Si responde a un mensaje, vuelva atrás y escriba usted esa preocupación con sus propias palabras: quien se siente escuchado escucha mejor.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="52"/>
        <source>2. Wait</source>
        <translation>2. Espere</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="55"/>
        <source>A letter written on a bad day reads differently the next morning. Unless it cannot wait, let it go tomorrow at 9:00 ({day}): it stays in the outbox until then, and you can still cancel it. Keep the tone of the contract, not the tone of the argument.</source>
        <translation>Una carta escrita en un mal día se lee de otra manera a la mañana siguiente. Salvo que no pueda esperar, envíela mañana a las 9:00 ({day}): hasta entonces se queda en la bandeja de salida y todavía puede cancelarla. Mantenga el tono del contrato, no el de la discusión.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="59"/>
        <source>3. What walking away costs</source>
        <translation>3. Lo que cuesta retirarse</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="60"/>
        <source>Still owed on this contract: {amount}.</source>
        <translation>Pendiente de cobro en este contrato: {amount}.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="64"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="69"/>
        <source>Hours this dispute has taken you so far:</source>
        <translation>Horas que le ha llevado ya este conflicto:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="79"/>
        <source>Attach the letter as a PDF</source>
        <translation>Adjuntar la carta en PDF</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="82"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="85"/>
        <source>Send tomorrow at 9:00</source>
        <translation>Enviar mañana a las 9:00</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="89"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="91"/>
        <source>Go back to the letter</source>
        <translation>Volver a la carta</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="115"/>
        <source>The contract sets no hourly rate to put a price on that time.</source>
        <translation>El contrato no fija una tarifa por hora con la que valorar ese tiempo.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/advice.py" line="118"/>
        <source>At the contract&apos;s rate of {rate} an hour, that time is worth {cost}, beside the {owed} at stake.</source>
        <translation>A la tarifa del contrato, {rate} por hora, ese tiempo vale {cost}, frente a los {owed} que están en juego.</translation>
    </message>
</context>
<context>
    <name>AgreementTermsPage</name>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="157"/>
        <source>Agreement terms</source>
        <extracomment>Where the provider&apos;s country (for the suggested terms) is remembered between contracts. Countries offered for the suggestions: those whose law Pacta can name, and the federal ones. The groups of terms, by the top-level key each writes. The terms the contract states: loaded with it, set by the user, or suggested. The language and currency the suggested terms were made for, while the user has changed none.</extracomment>
        <translation>Condiciones del contrato</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="158"/>
        <source>The clauses that settle disputes before they start.</source>
        <translation>Las cláusulas que resuelven los desacuerdos antes de que surjan.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="160"/>
        <source>Pacta suggests the usual terms for your country; change any of them. Each one says why it matters. Pacta writes documents, not legal advice: every clause stays editable.</source>
        <translation>Pacta le propone las condiciones habituales en su país; puede cambiar cualquiera de ellas. Cada una explica por qué importa. Pacta redacta documentos, no ofrece asesoramiento jurídico: todas las cláusulas se pueden modificar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="168"/>
        <source>Use the usual terms</source>
        <translation>Usar las condiciones habituales</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="169"/>
        <source>Replace the terms on this page with the usual ones for this country</source>
        <translation>Sustituir las condiciones de esta página por las habituales en este país</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="172"/>
        <source>Your country</source>
        <translation>Su país</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="178"/>
        <location filename="../../gui/wizard/page_terms.py" line="183"/>
        <source>Governing law</source>
        <translation>Legislación aplicable</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="179"/>
        <source>e.g. Spain, or the State of Oregon</source>
        <translation>p. ej., España, o el Estado de Oregón</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="180"/>
        <location filename="../../gui/wizard/page_terms.py" line="184"/>
        <source>Courts</source>
        <translation>Juzgados y tribunales</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="181"/>
        <source>e.g. Madrid; empty: those of your place of business</source>
        <translation>p. ej., Madrid; en blanco: los del lugar de su domicilio profesional</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="182"/>
        <source>Governing law and courts</source>
        <translation>Legislación aplicable y jurisdicción</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="187"/>
        <source>Calendar days</source>
        <translation>Días naturales</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="187"/>
        <source>Business days</source>
        <translation>Días hábiles</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="188"/>
        <location filename="../../gui/wizard/page_terms.py" line="191"/>
        <source>Days are counted as</source>
        <translation>Los plazos se cuentan en</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="190"/>
        <source>Days</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="194"/>
        <source>The client pays back expenses (licenses, travel, shipping)</source>
        <translation>El cliente reembolsa los gastos (licencias, viajes, envíos)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="195"/>
        <source>The client pays back expenses</source>
        <translation>El cliente reembolsa los gastos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="197"/>
        <location filename="../../gui/wizard/page_terms.py" line="207"/>
        <source>Approval needed above</source>
        <translation>Requieren aprobación a partir de</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="198"/>
        <source>every expense</source>
        <translation>todos los gastos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="200"/>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="210"/>
        <source>Reproduction</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="210"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="211"/>
        <source>Public communication (online, broadcast)</source>
        <translation>Comunicación pública (en línea, emisión)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="212"/>
        <source>Transformation (adapting the work)</source>
        <translation>Transformación (adaptar la obra)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="213"/>
        <location filename="../../gui/wizard/page_terms.py" line="229"/>
        <source>Rights transferred</source>
        <translation>Derechos que se ceden</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="214"/>
        <location filename="../../gui/wizard/page_terms.py" line="230"/>
        <source>Territory</source>
        <translation>Ámbito territorial</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="215"/>
        <source>the whole world</source>
        <translation>todo el mundo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="217"/>
        <location filename="../../gui/wizard/page_terms.py" line="231"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="218"/>
        <source>the whole legal term</source>
        <translation>todo el plazo legal</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="221"/>
        <source>Exclusive</source>
        <translation>En exclusiva</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="223"/>
        <location filename="../../gui/wizard/page_terms.py" line="224"/>
        <source>The rights pass only once everything is paid</source>
        <translation>Los derechos se transmiten solo cuando se haya pagado todo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="226"/>
        <location filename="../../gui/wizard/page_terms.py" line="227"/>
        <source>You may show the work in your portfolio</source>
        <translation>Usted puede mostrar el trabajo como muestra de su actividad (web, dosier)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="228"/>
        <source>Rights in the work</source>
        <translation>Derechos sobre el trabajo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="237"/>
        <location filename="../../gui/wizard/page_terms.py" line="240"/>
        <source>Years of confidentiality after the end</source>
        <translation>Años de confidencialidad tras la finalización</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="238"/>
        <source>no end</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="239"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="244"/>
        <location filename="../../gui/wizard/page_terms.py" line="247"/>
        <source>Months without hiring the other&apos;s staff</source>
        <translation>Meses sin contratar al personal de la otra parte</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="245"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="246"/>
        <source>Non-solicitation (optional)</source>
        <translation>No captación de personal (opcional)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="250"/>
        <location filename="../../gui/wizard/page_terms.py" line="251"/>
        <source>You will handle personal data on the client&apos;s behalf</source>
        <translation>Usted tratará datos personales por cuenta del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_terms.py" line="252"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="50"/>
        <source>Pacta cannot open its data</source>
        <translation>Pacta no puede abrir sus datos</translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="67"/>
        <source>With the next payment not yet due</source>
        <extracomment>Where the difference in price goes (domain.payments.Difference), when the dialog asked.</extracomment>
        <translation>Con el próximo pago aún no vencido</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="68"/>
        <source>On signing the change order</source>
        <translation>A la firma de la orden de cambio</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="69"/>
        <source>Spread over every payment not yet due</source>
        <translation>Repartida entre todos los pagos aún no vencidos</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="79"/>
        <source>Change request</source>
        <translation>Solicitud de cambio</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="85"/>
        <source>What the change is for, in a sentence the client will read</source>
        <translation>Para qué es el cambio, en una frase que leerá el cliente</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="88"/>
        <source>The &amp;client</source>
        <translation>El &amp;cliente</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="89"/>
        <source>&amp;You (the provider)</source>
        <translation>&amp;Usted (el proveedor)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="101"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="102"/>
        <source>Asked for by:</source>
        <translation>Lo pide:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="103"/>
        <source>Asked on:</source>
        <translation>Fecha de la petición:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="111"/>
        <source>What was paid or due before the change stays as it was; this says when the client pays the difference in price (or when a lower price is taken off).</source>
        <extracomment>Where the difference in price goes, asked once the contract is signed (None otherwise).</extracomment>
        <translation>Lo pagado o vencido antes del cambio queda como estaba; aquí se indica cuándo paga el cliente la diferencia de precio (o cuándo se descuenta, si el precio baja).</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="113"/>
        <source>Difference in price:</source>
        <translation>Diferencia de precio:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="114"/>
        <source>Record the change</source>
        <translation>Registrar el cambio</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="124"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Escriba la fecha o elíjala en el calendario.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="127"/>
        <source>Say why the contract changes: the change order prints it.</source>
        <translation>Indique por qué cambia el contrato: la orden de cambio lo recoge.</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../../gui/texts/editor.py" line="29"/>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="30"/>
        <source>Agreement: general terms</source>
        <translation>Contrato: condiciones generales</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="31"/>
        <source>Scope checklist</source>
        <translation>Lista de alcance</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="32"/>
        <source>Change order</source>
        <translation>Orden de cambio</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="33"/>
        <source>Payments and taxes</source>
        <translation>Pagos e impuestos</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="34"/>
        <source>Letters to the client</source>
        <translation>Cartas al cliente</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="35"/>
        <source>Every document</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="57"/>
        <source>Document texts</source>
        <extracomment>Milliseconds of quiet typing before the preview is rendered again.</extracomment>
        <translation>Textos de los documentos</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="61"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="61"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="64"/>
        <source>Language of the texts</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="66"/>
        <source>Find a text</source>
        <translation>Buscar un texto</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="70"/>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="73"/>
        <location filename="../../gui/texts/editor.py" line="120"/>
        <source>Pacta&apos;s text</source>
        <extracomment>The page of the preview showing the clause (0-based).</extracomment>
        <translation>Texto de Pacta</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="75"/>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="82"/>
        <source>&amp;Save my version</source>
        <translation>&amp;Guardar mi versión</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="83"/>
        <source>&amp;Restore default</source>
        <translation>&amp;Restaurar el original</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="84"/>
        <source>Open the &amp;folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="85"/>
        <source>The texts are files you can also edit with any text editor</source>
        <translation>Los textos son archivos que también puede editar con cualquier editor de texto</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="86"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="92"/>
        <source>The preview appears here.</source>
        <translation>Aquí aparecerá la vista previa.</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="122"/>
        <source>&amp;Your version</source>
        <translation>&amp;Su versión</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="218"/>
        <source>Names in braces Pacta fills in: {names}</source>
        <translation>Nombres entre llaves que Pacta rellena: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="220"/>
        <source>This text takes no names in braces.</source>
        <translation>Este texto no admite nombres entre llaves.</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="241"/>
        <source>This text is used in the letters to the client, not in the contract: Project › Write to the client… shows it in a letter.</source>
        <translation>Este texto se usa en las cartas al cliente, no en el contrato: Proyecto › Escribir al cliente… lo muestra en una carta.</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="245"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="262"/>
        <source>No preview: {reason}</source>
        <translation>Sin vista previa: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/texts/editor.py" line="279"/>
        <source>The clause in the example contract: page {page} of {pages}.</source>
        <translation>La cláusula en el contrato de ejemplo: página {page} de {pages}.</translation>
    </message>
</context>
<context>
    <name>ClientInputsPage</name>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="21"/>
        <source>What the client hands over</source>
        <translation>Lo que entrega el cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="22"/>
        <source>The material you need from the client before work can go on.</source>
        <translation>El material que usted necesita del cliente para poder avanzar con el trabajo.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="24"/>
        <source>Commitments go both ways. When texts, photos or logins arrive late, the dates written here show why your own deadlines moved.</source>
        <translation>Los compromisos son de ambas partes. Si los textos, las fotos o los accesos llegan tarde, las fechas que anote aquí muestran por qué se movieron sus propios plazos.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="26"/>
        <location filename="../../gui/wizard/page_inputs.py" line="29"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="26"/>
        <location filename="../../gui/wizard/page_inputs.py" line="30"/>
        <source>By</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_inputs.py" line="31"/>
        <source>Client inputs</source>
        <translation>Entregas del cliente</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="21"/>
        <source>Revisions and communication</source>
        <translation>Revisiones y comunicación</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="22"/>
        <source>How many rounds of changes, and when and how you talk.</source>
        <translation>Cuántas rondas de cambios, y cuándo y cómo se comunican.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="24"/>
        <source>Unlimited revisions, messages at night and everything urgent wear a project down. Limited rounds, agreed channels and hours, and a written definition of urgent, with its price, keep the work sustainable.</source>
        <translation>Las revisiones ilimitadas, los mensajes a medianoche y la urgencia permanente desgastan cualquier proyecto. Un número limitado de rondas, canales y horarios acordados y una definición por escrito de lo urgente, con su precio, hacen que el trabajo sea sostenible.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="28"/>
        <location filename="../../gui/wizard/page_communication.py" line="45"/>
        <source>Revision rounds included</source>
        <translation>Rondas de revisión incluidas</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="30"/>
        <location filename="../../gui/wizard/page_communication.py" line="46"/>
        <source>Price of each extra round</source>
        <translation>Precio de cada ronda adicional</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="32"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="33"/>
        <location filename="../../gui/wizard/page_communication.py" line="51"/>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="35"/>
        <location filename="../../gui/wizard/page_communication.py" line="52"/>
        <source>Response time (hours)</source>
        <translation>Tiempo de respuesta (horas)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="37"/>
        <location filename="../../gui/wizard/page_communication.py" line="53"/>
        <source>What counts as urgent</source>
        <translation>Qué se considera urgente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="39"/>
        <location filename="../../gui/wizard/page_communication.py" line="54"/>
        <source>Surcharge for urgent work (%)</source>
        <translation>Recargo por trabajo urgente (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="41"/>
        <location filename="../../gui/wizard/page_communication.py" line="55"/>
        <source>Days the client has to give feedback</source>
        <translation>Días que tiene el cliente para dar su opinión</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="42"/>
        <source>e.g. Monday to Friday, 9:00 to 18:00</source>
        <translation>p. ej., de lunes a viernes, de 9:00 a 18:00</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="43"/>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="48"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_communication.py" line="50"/>
        <source>Channels (one per line)</source>
        <translation>Canales (uno por línea)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../gui/history/diff.py" line="43"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="44"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="45"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="66"/>
        <source>due {date}</source>
        <translation>entrega el {date}</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="87"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="109"/>
        <source>Other terms</source>
        <translation>Otras condiciones</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="120"/>
        <source>Price and deadline</source>
        <translation>Precio y plazo</translation>
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
        <translation>Última entrega: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="130"/>
        <source>Price impact: {amount}; new total {total}.</source>
        <translation>Impacto en el precio: {amount}; nuevo total: {total}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="133"/>
        <source>No price impact.</source>
        <translation>Sin impacto en el precio.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="140"/>
        <source>No deadline impact.</source>
        <translation>Sin impacto en el plazo.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="143"/>
        <source>Due date of {ids}: {old} → {new}.</source>
        <translation>Fecha de entrega de {ids}: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="146"/>
        <source>Version {old} → version {new}</source>
        <translation>Versión {old} → versión {new}</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="151"/>
        <source>The two versions say the same thing.</source>
        <translation>Las dos versiones dicen lo mismo.</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="158"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../gui/history/diff.py" line="160"/>
        <location filename="../../gui/history/diff.py" line="161"/>
        <source>Version {n}</source>
        <translation>Versión {n}</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <location filename="../../gui/wizard/page.py" line="222"/>
        <source>{field} (row {row})</source>
        <extracomment>Paths of the contract this page edits; issues under them are shown here. Every problem shows (the user asked for the next page). The page&apos;s content, and the live preview beside it when the user shows it.</extracomment>
        <translation>{field} (fila {row})</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page.py" line="291"/>
        <source>More problems: {count} (point here to read them all)</source>
        <translation>Más problemas: {count} (sitúe el puntero aquí para leerlos todos)</translation>
    </message>
</context>
<context>
    <name>ContractWizard</name>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="91"/>
        <source>New contract</source>
        <extracomment>Whether the live preview stands beside the pages (remembered between sessions). How wide the wizard grows (screen permitting) when the preview stands beside the pages. The wizard&apos;s own buttons, whose texts carry mnemonics too. Stands in for the deliverables while the pages before them are validated.</extracomment>
        <translation>Nuevo contrato</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="91"/>
        <source>Edit contract</source>
        <translation>Editar contrato</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="138"/>
        <source>Preview</source>
        <extracomment>Moving through the step list: pages in between are not checked on the way.</extracomment>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="141"/>
        <source>Show the agreement beside every page, updated as you type</source>
        <translation>Muestra el contrato junto a cada página, al día con lo que vaya escribiendo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="265"/>
        <source>Balance on acceptance of the work</source>
        <translation>Resto a la aceptación del trabajo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="383"/>
        <source>Unsaved contract</source>
        <translation>Contrato sin guardar</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="384"/>
        <source>This contract has changes that are not saved yet. Keep them as a draft to finish later, or discard them?</source>
        <translation>Este contrato tiene cambios que aún no se han guardado. ¿Desea conservarlos como borrador para terminarlo más tarde, o descartarlos?</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="386"/>
        <source>Keep as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="386"/>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/wizard.py" line="387"/>
        <source>Go on writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="75"/>
        <source>Pick a date: {field}</source>
        <translation>Elegir una fecha: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="260"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="312"/>
        <source>Pick a date ({shortcut})</source>
        <translation>Elegir una fecha ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="314"/>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message numerus="yes">
        <location filename="../../gui/history/diff.py" line="33"/>
        <source>The last delivery moves %n day(s) earlier.</source>
        <translation>
            <numerusform>La última entrega se adelanta %n día.</numerusform>
            <numerusform>La última entrega se adelanta %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/diff.py" line="37"/>
        <source>The last delivery moves %n day(s) later.</source>
        <translation>
            <numerusform>La última entrega se retrasa %n día.</numerusform>
            <numerusform>La última entrega se retrasa %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="166"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="184"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Escriba la fecha o elíjala en el calendario.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="188"/>
        <source>The date cannot be later than today.</source>
        <translation>La fecha no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/change_request.py" line="192"/>
        <source>Write the reason: it stays in the history.</source>
        <translation>Escriba el motivo: queda en el historial.</translation>
    </message>
</context>
<context>
    <name>DeliverablesModel</name>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="18"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="19"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="20"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="21"/>
        <source>Acceptance criteria</source>
        <translation>Criterios de aceptación</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="22"/>
        <source>Due date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/deliverables_model.py" line="23"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
</context>
<context>
    <name>DeliverablesPage</name>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="24"/>
        <location filename="../../gui/wizard/page_deliverables.py" line="47"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="25"/>
        <source>What you hand over, how both sides know it is done, and by when.</source>
        <translation>Lo que usted entrega, cómo sabrán ambas partes que está terminado y para cuándo.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="27"/>
        <source>A detailed list with deadlines, signed before work starts, settles arguments later. Saying what is not included stops the scope from growing in conversation.</source>
        <translation>Una lista detallada con plazos, firmada antes de empezar, evita discusiones más adelante. Dejar claro lo que no está incluido impide que el alcance crezca de palabra.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="34"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="35"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="36"/>
        <source>Acceptance criteria</source>
        <translation>Criterios de aceptación</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="37"/>
        <source>Due date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="39"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="45"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="46"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="49"/>
        <source>Not included (one item per line)</source>
        <translation>No incluido (un elemento por línea)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_deliverables.py" line="52"/>
        <source>Not included</source>
        <translation>No incluido</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <location filename="../../gui/main/detail.py" line="110"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../../gui/texts/menu.py" line="23"/>
        <source>Edit document &amp;texts…</source>
        <translation>Editar los &amp;textos de los documentos…</translation>
    </message>
    <message>
        <location filename="../../gui/texts/menu.py" line="24"/>
        <source>Every clause of the documents is yours to change</source>
        <translation>Puede cambiar cualquier cláusula de los documentos</translation>
    </message>
    <message>
        <location filename="../../gui/texts/menu.py" line="71"/>
        <source>Saved: the next documents you generate use your version.</source>
        <extracomment>The newest preview asked for: an older one that finishes later is not shown.</extracomment>
        <translation>Guardado: los próximos documentos que genere usarán su versión.</translation>
    </message>
    <message>
        <location filename="../../gui/texts/menu.py" line="80"/>
        <source>Pacta&apos;s text is back.</source>
        <translation>Se ha restaurado el texto de Pacta.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="28"/>
        <source>Project and parties</source>
        <translation>Proyecto y partes</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="28"/>
        <source>Roles and responsibilities</source>
        <translation>Funciones y responsabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="29"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="29"/>
        <source>What the client hands over</source>
        <translation>Lo que entrega el cliente</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="30"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="30"/>
        <source>Revisions and communication</source>
        <translation>Revisiones y comunicación</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="31"/>
        <source>Changes and termination</source>
        <translation>Cambios y terminación</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="31"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="72"/>
        <source>Step {number} of {total}: {name}</source>
        <translation>Paso {number} de {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="79"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/menu.py" line="22"/>
        <source>Dra&amp;fts…</source>
        <translation>&amp;Borradores…</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/menu.py" line="23"/>
        <source>Contracts started in the wizard and not saved yet: resume or discard them</source>
        <translation>Contratos empezados en el asistente y aún sin guardar: continúe con ellos o descártelos</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="97"/>
        <location filename="../../gui/drafts/dialog.py" line="110"/>
        <source>Drafts</source>
        <extracomment>The draft the user chose to resume (name, stored data). The draft the user chose to discard (name), after confirming.</extracomment>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="104"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="104"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="104"/>
        <source>Last edit</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="104"/>
        <source>Page reached</source>
        <translation>Dónde se quedó</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="105"/>
        <source>How it was left</source>
        <translation>Cómo se guardó</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="115"/>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="117"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="118"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="118"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="138"/>
        <source>No drafts: every contract you started in the wizard was saved or discarded.</source>
        <translation>No hay borradores: todos los contratos que empezó en el asistente se guardaron o se descartaron.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/drafts/dialog.py" line="141"/>
        <source>Pacta closed while you were writing %n contract(s). Everything you typed was kept.</source>
        <translation>
            <numerusform>Pacta se cerró mientras usted escribía %n contrato. Se ha conservado todo lo que escribió.</numerusform>
            <numerusform>Pacta se cerró mientras usted escribía %n contratos. Se ha conservado todo lo que escribió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/drafts/dialog.py" line="144"/>
        <source>%n draft(s) saved automatically while you typed.</source>
        <translation>
            <numerusform>%n borrador guardado automáticamente mientras escribía.</numerusform>
            <numerusform>%n borradores guardados automáticamente mientras escribía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/drafts/dialog.py" line="146"/>
        <source>You kept %n contract(s) as a draft to finish later.</source>
        <translation>
            <numerusform>Usted guardó %n contrato como borrador para terminarlo más tarde.</numerusform>
            <numerusform>Usted guardó %n contratos como borradores para terminarlos más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="147"/>
        <source>Resume one to carry on where you left it, or discard what you no longer need.</source>
        <translation>Continúe con uno donde lo dejó o descarte los que ya no necesite.</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="156"/>
        <location filename="../../gui/drafts/dialog.py" line="190"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="157"/>
        <source>Kept by you</source>
        <translation>Guardado por usted</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="157"/>
        <source>Autosaved</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="161"/>
        <source>You chose to keep it when you closed the wizard.</source>
        <translation>Usted decidió conservarlo al cerrar el asistente.</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="162"/>
        <source>Saved as you typed; the wizard was not closed normally.</source>
        <translation>Se guardó mientras escribía; el asistente no se cerró con normalidad.</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="188"/>
        <source>Discard the draft?</source>
        <translation>¿Descartar el borrador?</translation>
    </message>
    <message>
        <location filename="../../gui/drafts/dialog.py" line="189"/>
        <source>Discard the draft “{title}”? What you typed in it cannot be recovered.</source>
        <translation>¿Descartar el borrador «{title}»? Lo que escribió en él no se podrá recuperar.</translation>
    </message>
</context>
<context>
    <name>DueField</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="394"/>
        <source>On signing</source>
        <translation>A la firma</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="394"/>
        <source>On delivery</source>
        <translation>A la entrega</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="395"/>
        <source>On acceptance</source>
        <translation>A la aceptación</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="395"/>
        <source>On a date</source>
        <translation>En una fecha</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="84"/>
        <source>Email “{title}”</source>
        <extracomment>Emitted with the history record&apos;s data once a message was sent and recorded. The documents rendered and attached by the last send.</extracomment>
        <translation>Correo: «{title}»</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="97"/>
        <source>Mail server settings…</source>
        <translation>Servidor de correo…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="103"/>
        <source>client@example.com</source>
        <translation>cliente@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="105"/>
        <source>optional; separate addresses with commas</source>
        <translation>opcional; separe las direcciones con comas</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="110"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="111"/>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="112"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="114"/>
        <source>Attach</source>
        <translation>Adjuntar</translation>
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
        <translation>Contrato de servicios, versión {n}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="120"/>
        <source>Scope checklist, version {n}</source>
        <translation>Lista de alcance, versión {n}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="125"/>
        <location filename="../../gui/sending/email_dialog.py" line="130"/>
        <source>Change order {number}</source>
        <extracomment>Which change order to attach, when the project has several (None otherwise).</extracomment>
        <translation>Orden de cambio {number}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="131"/>
        <source>Change order to attach</source>
        <translation>Orden de cambio que se adjunta</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="138"/>
        <source>{document} ({format})</source>
        <translation>{document} ({format})</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="162"/>
        <source>Save as draft (.eml)…</source>
        <translation>Guardar como borrador (.eml)…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="163"/>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="164"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="166"/>
        <location filename="../../gui/sending/email_dialog.py" line="319"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="198"/>
        <source>Pacta sends this message through {host}, from {sender}.</source>
        <translation>Pacta envía este mensaje a través de {host}, desde {sender}.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="203"/>
        <source>Sending from Pacta is not set up yet. Pacta can prepare the message with its attachments as a draft and open it in your mail program, or you can set up your mail server now.</source>
        <translation>El envío desde Pacta aún no está configurado. Pacta puede preparar el mensaje con sus adjuntos como borrador y abrirlo en su programa de correo, o bien puede configurar ahora su servidor de correo.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="207"/>
        <source>(The saved settings could not be read: {detail})</source>
        <translation>(No se ha podido leer la configuración guardada: {detail})</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="245"/>
        <source>The sender address “{address}” is not valid; correct it in the mail server settings.</source>
        <translation>La dirección del remitente «{address}» no es válida; corríjala en la configuración del servidor de correo.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="253"/>
        <source>Pacta needs your own address to write the message from: add it to the mail server settings or to your details in the contract.</source>
        <translation>Pacta necesita su propia dirección como remitente del mensaje: añádala en la configuración del servidor de correo o en sus datos del contrato.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="307"/>
        <source>Password for {user} on {host}:</source>
        <translation>Contraseña de {user} en {host}:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="310"/>
        <source>Mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="319"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="327"/>
        <source>Preparing the documents…</source>
        <translation>Preparando los documentos…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="328"/>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="329"/>
        <source>Securing the connection…</source>
        <translation>Cifrando la conexión…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="330"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="331"/>
        <source>Sending the message…</source>
        <translation>Enviando el mensaje…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="332"/>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="348"/>
        <source>Sending was cancelled; nothing was sent.</source>
        <translation>Envío cancelado; no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="352"/>
        <source>Sending was cancelled while the message was going out, so the server may have received it: ask the client before sending it again. The message is kept as a draft, with its attachments, in {path}</source>
        <translation>El envío se ha cancelado mientras el mensaje salía, así que es posible que el servidor ya lo haya recibido: consulte al cliente antes de volver a enviarlo. El mensaje queda guardado como borrador, con sus adjuntos, en {path}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="358"/>
        <source>No password is saved for this server yet; Pacta keeps it in the system&apos;s password store once the server accepts it.</source>
        <translation>Todavía no hay ninguna contraseña guardada para este servidor; Pacta la guardará en el almacén de contraseñas del sistema en cuanto el servidor la acepte.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="368"/>
        <source>The message was not sent; it is kept as a draft, with its attachments, in {path}</source>
        <translation>El mensaje no se ha enviado; queda guardado como borrador, con sus adjuntos, en {path}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="374"/>
        <source>The message was sent, but it could not be recorded in the project&apos;s history: {detail}</source>
        <translation>El mensaje se ha enviado, pero no se ha podido registrar en el historial del proyecto: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="377"/>
        <source>The message could not be sent: {detail}</source>
        <translation>No se ha podido enviar el mensaje: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="389"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="404"/>
        <source>Save the message as a draft</source>
        <translation>Guardar el mensaje como borrador</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="405"/>
        <source>Email messages (*.eml)</source>
        <translation>Mensajes de correo (*.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="444"/>
        <source>Draft saved in {path}</source>
        <translation>Borrador guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="453"/>
        <source>The draft is saved in {path}, but no mail program could open it ({detail}). Open the file with your mail program.</source>
        <translation>El borrador se ha guardado en {path}, pero ningún programa de correo ha podido abrirlo ({detail}). Abra el archivo con su programa de correo.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="457"/>
        <source>The draft is saved in {path} and opens in your mail program.</source>
        <translation>El borrador se ha guardado en {path} y se abrirá en su programa de correo.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="463"/>
        <source>The draft could not be written: {detail}</source>
        <translation>No se ha podido guardar el borrador: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/email_dialog.py" line="470"/>
        <source>Pacta had to change some text to write the documents:</source>
        <translation>Pacta ha tenido que modificar parte del texto para generar los documentos:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gui/core/errors.py" line="21"/>
        <source>Pacta may not write there. Choose another folder.</source>
        <translation>Pacta no tiene permiso para escribir ahí. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="23"/>
        <source>The folder is not there any more. Choose another one.</source>
        <translation>La carpeta ya no existe. Elija otra.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="25"/>
        <source>The files could not be written (is the disk full or disconnected?).</source>
        <translation>No se han podido escribir los archivos (¿está el disco lleno o desconectado?).</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="26"/>
        <source>Something went wrong that Pacta did not expect. Please try again; if it happens again, the detail below helps to find out why.</source>
        <translation>Ha ocurrido algo que Pacta no esperaba. Vuelva a intentarlo; si se repite, el detalle de abajo ayuda a averiguar la causa.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="34"/>
        <source>Technical detail: {detail}</source>
        <translation>Detalle técnico: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="46"/>
        <source>The program “{program}” is not installed on this computer, so Pacta cannot open the file with it.</source>
        <translation>El programa «{program}» no está instalado en este equipo, así que Pacta no puede abrir el archivo con él.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../gui/history/tab.py" line="49"/>
        <source>asked for by the client</source>
        <translation>a petición del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="51"/>
        <source>asked for by you (the provider)</source>
        <translation>a petición suya (el proveedor)</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="38"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="39"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="40"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="58"/>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="59"/>
        <source>Scope checklist</source>
        <translation>Lista de alcance</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="60"/>
        <source>Change order</source>
        <translation>Orden de cambio</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="74"/>
        <source>fingerprint {fingerprint}</source>
        <translation>huella {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="75"/>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="77"/>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="83"/>
        <source>{number} requested ({status})</source>
        <translation>{number} solicitada ({status})</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="85"/>
        <source>Version {version} over version {base}, {who}: {reason}</source>
        <translation>Versión {version} sobre la versión {base}, {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="92"/>
        <source>{number} accepted</source>
        <translation>{number} aceptada</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="93"/>
        <source>Signed by both parties: version {version} comes into force.</source>
        <translation>Firmada por ambas partes: entra en vigor la versión {version}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="96"/>
        <source>{number} rejected</source>
        <translation>{number} rechazada</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="97"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="101"/>
        <source>Marked as {status}</source>
        <translation>Marcado como {status}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="104"/>
        <source>Version {version} signed: from now on, changes go through change orders.</source>
        <translation>Versión {version} firmada: desde ahora, cualquier cambio se hace mediante una orden de cambio.</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="111"/>
        <source>Document generated</source>
        <translation>Documento generado</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="112"/>
        <source>{document} of version {version}, {format}: {name}</source>
        <translation>{document} de la versión {version}, {format}: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="119"/>
        <source>version {number}</source>
        <translation>la versión {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="120"/>
        <source>Signed copy attached</source>
        <translation>Copia firmada adjunta</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="121"/>
        <source>{name}, to {target} (SHA-256 {sha})</source>
        <translation>{name}, adjunta a {target} (SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="126"/>
        <source>Email sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="127"/>
        <source>To {to}: {subject}</source>
        <translation>A {to}: {subject}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="132"/>
        <source>Journal: {kind}</source>
        <translation>Diario: {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="135"/>
        <source>Journal entry struck through</source>
        <translation>Entrada del diario tachada</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="139"/>
        <source>Delivery of {deliverable}</source>
        <translation>Entrega de {deliverable}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="141"/>
        <source>Client feedback on {deliverable}</source>
        <translation>Comentarios del cliente sobre {deliverable}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="144"/>
        <source>Moved to the trash</source>
        <translation>Enviado a la papelera</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="146"/>
        <source>Restored from the trash</source>
        <translation>Recuperado de la papelera</translation>
    </message>
</context>
<context>
    <name>HistoryExtension</name>
    <message>
        <location filename="../../gui/history/tab.py" line="388"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../gui/history/tab.py" line="164"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="164"/>
        <source>Event</source>
        <translation>Suceso</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="175"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="176"/>
        <source>Write the selected change order as PDF and DOCX into a folder</source>
        <translation>Guardar la orden de cambio seleccionada en PDF y DOCX en una carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="177"/>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="178"/>
        <source>Both parties signed the selected change order: its version comes into force</source>
        <translation>Ambas partes firmaron la orden de cambio seleccionada: su versión entra en vigor</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="180"/>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="181"/>
        <source>The selected change order was turned down: the version in force stays as it is</source>
        <translation>La orden de cambio seleccionada no se aceptó: la versión en vigor sigue como está</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="194"/>
        <source>The older version, on the left</source>
        <translation>La versión anterior, a la izquierda</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="195"/>
        <source>The newer version, on the right</source>
        <translation>La versión posterior, a la derecha</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="197"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="199"/>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="247"/>
        <source>Select a project to see its history.</source>
        <translation>Seleccione un proyecto para ver su historial.</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="254"/>
        <source>version {number} in force</source>
        <translation>versión {number} en vigor</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="257"/>
        <source>waiting for the client&apos;s signature: {numbers}</source>
        <translation>pendiente de la firma del cliente: {numbers}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/tab.py" line="258"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versión</numerusform>
            <numerusform>%n versiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="282"/>
        <source>version {number}</source>
        <translation>versión {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="343"/>
        <source>Select a change order to export, accept or reject it.</source>
        <translation>Seleccione una orden de cambio para exportarla, aceptarla o rechazarla.</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="347"/>
        <source>{number}: {status}, asked on {date}</source>
        <translation>{number}: {status}, solicitada el {date}</translation>
    </message>
    <message>
        <location filename="../../gui/history/tab.py" line="359"/>
        <source>Choose two different versions to compare them.</source>
        <translation>Elija dos versiones distintas para compararlas.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../gui/widgets/records.py" line="49"/>
        <source>Question</source>
        <extracomment>Journal kinds in the order they are offered, with the colour of their marker.</extracomment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/records.py" line="50"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/records.py" line="51"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/records.py" line="52"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/records.py" line="53"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="299"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="300"/>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="301"/>
        <source>Signed copies</source>
        <translation>Copias firmadas</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="303"/>
        <source>Add to the &amp;journal…</source>
        <translation>Anotar en el &amp;diario…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="305"/>
        <source>Note a question, feedback, a decision or an incident, dated</source>
        <translation>Anote con fecha una pregunta, unos comentarios, una decisión o una incidencia</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="307"/>
        <source>Record a &amp;delivery or feedback…</source>
        <translation>Registrar una &amp;entrega o unos comentarios…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="308"/>
        <source>Revision rounds per deliverable: what was delivered and each round of client feedback</source>
        <translation>Rondas de revisión por entregable: qué se entregó y cada ronda de comentarios del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="311"/>
        <source>Attach a signed &amp;copy…</source>
        <translation>Adjuntar una &amp;copia firmada…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="312"/>
        <source>Keep the scanned signed copy of a version or change order</source>
        <translation>Guarde la copia firmada escaneada de una versión o de una orden de cambio</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../../gui/journal/tabs.py" line="62"/>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="65"/>
        <source>Show only one kind of entry</source>
        <translation>Mostrar solo un tipo de entrada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="69"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="75"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="75"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="75"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="91"/>
        <source>Strike &amp;through…</source>
        <translation>&amp;Tachar…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="96"/>
        <source>Strike through…</source>
        <translation>Tachar…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="98"/>
        <source>Mark the selected entry as struck through. It stays in the journal: nothing is ever erased.</source>
        <translation>Marcar la entrada seleccionada como tachada. Seguirá en el diario: nunca se borra nada.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="104"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="111"/>
        <source>What was asked, said, decided or what happened, in a few words</source>
        <translation>Qué se preguntó, se dijo o se decidió, o qué ocurrió, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="112"/>
        <source>Add to the journal</source>
        <translation>Anotar en el diario</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="114"/>
        <source>Add the entry (Ctrl+Enter)</source>
        <translation>Añadir la entrada (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="115"/>
        <source>Ctrl+Enter adds it. Entries are never erased, only struck through.</source>
        <translation>Ctrl+Intro la añade. Las entradas nunca se borran: solo se tachan.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="122"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="126"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="127"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="182"/>
        <source>Struck through: {reason}</source>
        <translation>Tachada: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="183"/>
        <source>Struck through (no reason given)</source>
        <translation>Tachada (sin motivo indicado)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="198"/>
        <source>Nothing noted yet. Note questions, client feedback, decisions and incidents (an urgent request outside working hours, an unanswered email) as they happen: if the client later disputes what was said, the record is here.</source>
        <translation>Aún no hay nada anotado. Anote las preguntas, los comentarios del cliente, las decisiones y las incidencias (una petición urgente fuera de horario, un correo sin respuesta) a medida que ocurran: si el cliente discute más adelante lo que se dijo, aquí tendrá la constancia.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="202"/>
        <source>No entries of this kind.</source>
        <translation>No hay entradas de este tipo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/tabs.py" line="207"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/tabs.py" line="208"/>
        <source>, %n struck through</source>
        <translation>
            <numerusform>, %n tachada</numerusform>
            <numerusform>, %n tachadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="243"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Escriba la fecha o elíjala en el calendario.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="246"/>
        <source>Write what the entry is about.</source>
        <translation>Escriba de qué trata la entrada.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="268"/>
        <source>Strike through</source>
        <translation>Tachar</translation>
    </message>
    <message>
        <location filename="../../gui/journal/tabs.py" line="269"/>
        <source>Entry of {date}: “{text}”

It stays in the journal, struck through. Why?</source>
        <translation>Entrada del {date}: «{text}»

Seguirá en el diario, tachada. ¿Por qué la tacha?</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../gui/letters/dialog.py" line="49"/>
        <source>An overdue payment</source>
        <translation>Un pago vencido</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="50"/>
        <source>A request outside the scope</source>
        <translation>Una petición fuera del alcance</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="51"/>
        <source>An urgent request</source>
        <translation>Una petición urgente</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="52"/>
        <source>Another round of revisions</source>
        <translation>Otra ronda de revisión</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="53"/>
        <source>Material the client has not sent</source>
        <translation>Material que el cliente no ha enviado</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="54"/>
        <source>Ending the contract</source>
        <translation>El fin del contrato</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="67"/>
        <source>Write to the client</source>
        <translation>Escribir al cliente</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="81"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="85"/>
        <source>{id} · {title}</source>
        <translation>{id} · {title}</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="87"/>
        <source>Hours the request would take, priced at the contract&apos;s hourly rate</source>
        <translation>Horas que llevaría la petición, a la tarifa por hora del contrato</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="89"/>
        <source>A price for the request instead of hours</source>
        <translation>Un precio para la petición, en lugar de horas</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="91"/>
        <source>Days the requested work would move the remaining deliveries by</source>
        <translation>Días que el trabajo pedido aplazaría las entregas pendientes</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="92"/>
        <source>The client is ending the contract (the kill fee applies)</source>
        <translation>Es el cliente quien pone fin al contrato (se aplica la indemnización por desistimiento)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="94"/>
        <source>Paste the client&apos;s message here, to keep it beside your answer</source>
        <translation>Pegue aquí el mensaje del cliente para tenerlo junto a su respuesta</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="97"/>
        <source>What the client is asking or worried about, in your own words: the letter opens by restating it</source>
        <translation>Lo que pide o le preocupa al cliente, dicho con palabras de usted: la carta empieza recogiéndolo</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="98"/>
        <source>Write the letter</source>
        <translation>Redactar la carta</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="104"/>
        <source>Date of the letter:</source>
        <translation>Fecha de la carta:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="106"/>
        <source>About:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="108"/>
        <source>Deliverable:</source>
        <translation>Entregable:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="108"/>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="109"/>
        <source>or price:</source>
        <translation>o precio:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="109"/>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="113"/>
        <source>Figures:</source>
        <translation>Cifras:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="115"/>
        <source>Client&apos;s message:</source>
        <translation>Mensaje del cliente:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="119"/>
        <source>Their concern:</source>
        <translation>Preocupación del cliente:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="132"/>
        <source>What the letter quotes</source>
        <translation>Lo que cita la carta</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="142"/>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="144"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="146"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="149"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="168"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Escriba la fecha o elíjala en el calendario.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="175"/>
        <source>Type a number greater than zero</source>
        <translation>Escriba un número mayor que cero</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="183"/>
        <source>Client&apos;s concern</source>
        <translation>Preocupación del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="200"/>
        <source>Writing the letter…</source>
        <translation>Redactando la carta…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="212"/>
        <source>Your draft of this letter, saved earlier.</source>
        <translation>Su borrador de esta carta, guardado anteriormente.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="237"/>
        <source>Clause {number} · {heading}</source>
        <translation>Cláusula {number} · {heading}</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="243"/>
        <source>Figures from version {version} (in force) and the project&apos;s records, worked out to {date}.</source>
        <translation>Cifras de la versión {version} (en vigor) y de los registros del proyecto, calculadas a {date}.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="276"/>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="286"/>
        <source>Save the letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="287"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="293"/>
        <source>Saved to {path} and kept in the journal.</source>
        <translation>Guardada en {path} y anotada en el diario.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="314"/>
        <source>In the outbox: it goes {when}. You can cancel it until then.</source>
        <translation>En la bandeja de salida: se enviará el {when}. Hasta entonces puede cancelarla.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/dialog.py" line="317"/>
        <source>Sent, and kept in the journal.</source>
        <translation>Enviada y anotada en el diario.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../gui/letters/feature.py" line="61"/>
        <source>&amp;Write to the client…</source>
        <extracomment>How often the outbox is looked at, in milliseconds. The first look, once the window is up (the outbox and the letters load on a worker then). The letters waiting in the outbox (a list of LetterJob), after each change. A letter went out (its LetterJob). Letters whose time passed while the app was closed and that the user chose to keep.</extracomment>
        <translation>&amp;Escribir al cliente…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="63"/>
        <source>A calm letter that quotes the signed clauses and their figures: an overdue payment, a request outside the scope, an urgent request, another round of revisions, late material, the end of the contract</source>
        <translation>Una carta serena que cita las cláusulas firmadas y sus cifras: un pago vencido, una petición fuera del alcance, una petición urgente, otra ronda de revisión, material que llega tarde, el fin del contrato</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="66"/>
        <source>Letters waiting to be &amp;sent…</source>
        <translation>Cartas pendientes de &amp;envío…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="168"/>
        <source>A letter was not sent</source>
        <translation>Hay una carta sin enviar</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="169"/>
        <source>“{subject}” was to go at {when}, while Pacta was closed. Send it now? (No keeps it in the outbox, where you can cancel it.)</source>
        <translation>«{subject}» tenía que enviarse el {when}, con Pacta cerrado. ¿La envía ahora? (Si responde que no, se queda en la bandeja de salida, donde puede cancelarla.)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="197"/>
        <source>Mail server password</source>
        <translation>Contraseña del servidor de correo</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="198"/>
        <source>Password for {account}:</source>
        <translation>Contraseña de {account}:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="204"/>
        <source>Sending mail is not set up</source>
        <translation>El envío de correo no está configurado</translation>
    </message>
    <message>
        <location filename="../../gui/letters/feature.py" line="205"/>
        <source>Enter your mail server in File › Mail server settings…, then send the letter again.</source>
        <translation>Indique su servidor en Archivo › Servidor de correo… y vuelva a enviar la carta.</translation>
    </message>
</context>
<context>
    <name>LifeActions</name>
    <message>
        <location filename="../../gui/history/life.py" line="66"/>
        <source>Mark as &amp;sent…</source>
        <translation>Marcar como en&amp;viado…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="67"/>
        <source>Mark as si&amp;gned…</source>
        <translation>Marcar como &amp;firmado…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="68"/>
        <source>Mark as &amp;completed…</source>
        <translation>Marcar como &amp;completado…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="69"/>
        <source>Mark as &amp;terminated…</source>
        <translation>Marcar como &amp;resuelto…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="72"/>
        <source>The client has the contract; record the day it was sent</source>
        <translation>El cliente ya tiene el contrato; anote el día en que se envió</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="73"/>
        <source>Both parties signed: the version in force is frozen, changes go through change orders</source>
        <translation>Ambas partes han firmado: la versión en vigor queda cerrada y los cambios se hacen mediante órdenes de cambio</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="74"/>
        <source>The work is delivered and accepted</source>
        <translation>El trabajo está entregado y aceptado</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="75"/>
        <source>The contract ended early</source>
        <translation>El contrato terminó antes de tiempo</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="83"/>
        <source>Record a change from a &amp;file…</source>
        <translation>Registrar un cambio desde un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="84"/>
        <source>A new version from a contract file; once signed, a change order</source>
        <translation>Una nueva versión a partir de un archivo de contrato; si ya está firmado, una orden de cambio</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="86"/>
        <source>&amp;Accept change order…</source>
        <translation>&amp;Aceptar la orden de cambio…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="87"/>
        <source>Both parties signed the change order: its version comes into force</source>
        <translation>Ambas partes firmaron la orden de cambio: su versión entra en vigor</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="89"/>
        <source>&amp;Reject change order…</source>
        <translation>Rec&amp;hazar la orden de cambio…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="90"/>
        <source>The change order was turned down: the version in force stays</source>
        <translation>La orden de cambio no se aceptó: la versión en vigor se mantiene</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="92"/>
        <source>E&amp;xport change order…</source>
        <translation>E&amp;xportar la orden de cambio…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="93"/>
        <source>Write a change order as PDF and DOCX</source>
        <translation>Guardar una orden de cambio en PDF y DOCX</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="129"/>
        <source>“{title}” was sent to the client on:</source>
        <translation>«{title}» se envió al cliente el día:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="130"/>
        <source>“{title}”, version {number}, was signed by both parties on the date below.

From then on it is frozen: any change is recorded as a change order that the client signs too.</source>
        <translation>«{title}», versión {number}, fue firmado por ambas partes en la fecha indicada.

A partir de entonces queda cerrado: cualquier cambio se registra como una orden de cambio que también firma el cliente.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="133"/>
        <source>The work of “{title}” was delivered and accepted on:</source>
        <translation>El trabajo de «{title}» se entregó y se aceptó el día:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="134"/>
        <source>“{title}” ended early on the date below. A terminated contract can no longer change.</source>
        <translation>«{title}» terminó antes de tiempo en la fecha indicada. Un contrato resuelto ya no admite cambios.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="138"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="143"/>
        <source>Recorded: {status} on {date}.</source>
        <translation>Registrado: {status} el {date}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="162"/>
        <source>Change order</source>
        <translation>Orden de cambio</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="162"/>
        <source>Which change order?</source>
        <translation>¿Qué orden de cambio?</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="179"/>
        <source>Accept {number}</source>
        <translation>Aceptar {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="180"/>
        <source>{number} ({reason}) was signed by both parties on the date below. Its version {version} then comes into force in place of version {current}.</source>
        <translation>{number} ({reason}) fue firmada por ambas partes en la fecha indicada. Su versión {version} entra entonces en vigor en lugar de la versión {current}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="183"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="183"/>
        <source>Signed on:</source>
        <translation>Firmada el:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="186"/>
        <source>Reject {number}</source>
        <translation>Rechazar {number}</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="187"/>
        <source>{number} ({reason}) was turned down. Version {current} stays in force; the change order stays in the history, marked rejected.</source>
        <translation>{number} ({reason}) no se aceptó. La versión {current} sigue en vigor; la orden de cambio se conserva en el historial, marcada como rechazada.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="190"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="190"/>
        <source>Rejected on:</source>
        <translation>Rechazada el:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="191"/>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="196"/>
        <source>{number} accepted: version {version} is in force.</source>
        <translation>{number} aceptada: está en vigor la versión {version}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="197"/>
        <source>{number} rejected: version {version} stays in force.</source>
        <translation>{number} rechazada: sigue en vigor la versión {version}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="212"/>
        <source>Where to put the change order</source>
        <translation>Dónde guardar la orden de cambio</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="217"/>
        <source>Writing {number}…</source>
        <translation>Preparando {number}…</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="220"/>
        <source>{number} written: {names}</source>
        <translation>{number} guardada: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="235"/>
        <source>The changed contract</source>
        <translation>El contrato modificado</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="236"/>
        <source>Pacta contracts (*.json)</source>
        <translation>Contratos de Pacta (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="241"/>
        <source>“{title}” is signed: {file} is recorded as change order {number}, proposed until both parties sign it. Version {current} stays in force until then.</source>
        <translation>«{title}» está firmado: {file} se registra como la orden de cambio {number}, propuesta hasta que la firmen ambas partes. Mientras tanto sigue en vigor la versión {current}.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="246"/>
        <source>{file} becomes the next version of “{title}”.</source>
        <translation>{file} pasa a ser la siguiente versión de «{title}».</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="253"/>
        <source>Recorded {number} (version {version}): proposed until the client signs it.</source>
        <translation>{number} registrada (versión {version}): queda propuesta hasta que la firme el cliente.</translation>
    </message>
    <message>
        <location filename="../../gui/history/life.py" line="254"/>
        <source>Saved: version {version}.</source>
        <translation>Guardado: versión {version}.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../gui/sending/settings.py" line="39"/>
        <source>Mail server settings</source>
        <extracomment>The dialog&apos;s width, so the explanations wrap at a readable length.</extracomment>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="47"/>
        <source>Pacta sends documents through your own mail account. Your mail provider lists these details as the outgoing (SMTP) server.</source>
        <translation>Pacta envía los documentos desde su propia cuenta de correo. Su proveedor de correo indica estos datos como servidor de salida (SMTP).</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="51"/>
        <source>for example smtp.example.com</source>
        <translation>por ejemplo, smtp.ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="56"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente, puerto 587)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="56"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente, puerto 465)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="57"/>
        <source>None (unencrypted)</source>
        <translation>Ninguno (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="60"/>
        <source>Allow unencrypted sending to this server</source>
        <translation>Permitir el envío sin cifrar a este servidor</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="62"/>
        <source>Only for a server you trust on your own network: the password and the documents would travel readable.</source>
        <translation>Solo para un servidor de confianza en su propia red: la contraseña y los documentos viajarían sin protección.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="65"/>
        <source>usually your email address</source>
        <translation>normalmente, su dirección de correo</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="67"/>
        <source>Your Name &lt;you@example.com&gt;</source>
        <translation>Su nombre &lt;usted@ejemplo.com&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="80"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="81"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="82"/>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="84"/>
        <source>Sender address:</source>
        <translation>Dirección del remitente:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="85"/>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="86"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="91"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="93"/>
        <source>Stop sending mail</source>
        <translation>Dejar de enviar correo</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="94"/>
        <source>Remove these settings; Pacta then prepares drafts for your mail program.</source>
        <translation>Elimina esta configuración; a partir de entonces Pacta prepara borradores para su programa de correo.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="95"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="96"/>
        <source>Connect and sign in to the server without sending anything.</source>
        <translation>Conecta con el servidor e inicia sesión sin enviar nada.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="131"/>
        <source>The saved mail settings could not be read ({detail}); saving replaces them.</source>
        <extracomment>The server the &quot;allow unencrypted&quot; permission was given for; another server needs it anew.</extracomment>
        <translation>No se ha podido leer la configuración de correo guardada ({detail}); al guardar, se sustituirá.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="146"/>
        <source>leave empty to keep the saved password</source>
        <translation>déjelo en blanco para conservar la contraseña guardada</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="147"/>
        <source>Kept in the system&apos;s password store, never in a file.</source>
        <translation>Queda en el almacén de contraseñas del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="150"/>
        <source>asked for each time you send</source>
        <translation>se le pedirá en cada envío</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="183"/>
        <source>Enter the name of your outgoing mail server.</source>
        <translation>Indique el nombre de su servidor de correo saliente.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="186"/>
        <source>Without encryption the password and the documents travel readable. Choose STARTTLS or SSL/TLS, or tick “Allow unencrypted sending to this server” if you trust it.</source>
        <translation>Sin cifrado, la contraseña y los documentos viajan sin protección. Elija STARTTLS o SSL/TLS, o marque «Permitir el envío sin cifrar a este servidor» si confía en él.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="191"/>
        <source>Enter the address your messages are sent from.</source>
        <translation>Indique la dirección desde la que se envían sus mensajes.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="198"/>
        <source>“{address}” is not a valid email address.</source>
        <translation>«{address}» no es una dirección de correo válida.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="218"/>
        <source>Mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="219"/>
        <source>Password for {user} on {host}:</source>
        <translation>Contraseña de {user} en {host}:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="225"/>
        <source>Connecting to {host}…</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="236"/>
        <source>The server {host} accepted the connection and the password.</source>
        <translation>El servidor {host} ha aceptado la conexión y la contraseña.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="237"/>
        <source>The server {host} accepted the connection.</source>
        <translation>El servidor {host} ha aceptado la conexión.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="275"/>
        <source>The settings are saved, but the password could not be kept: {reason}</source>
        <translation>La configuración se ha guardado, pero no se ha podido guardar la contraseña: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/settings.py" line="283"/>
        <source>The settings could not be saved: {detail}</source>
        <translation>No se ha podido guardar la configuración: {detail}</translation>
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
        <translation>Filtrar por título o cliente</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="108"/>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="135"/>
        <location filename="../../gui/main/window.py" line="345"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="155"/>
        <source>Welcome to Pacta</source>
        <translation>Le damos la bienvenida a Pacta</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="158"/>
        <source>Answer a few questions about your next project and Pacta writes the agreement and the scope checklist your client signs.</source>
        <translation>Responda unas preguntas sobre su próximo proyecto y Pacta redactará el contrato y la lista de alcance que firmará su cliente.</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="168"/>
        <source>Write your first contract</source>
        <translation>Redactar su primer contrato</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="170"/>
        <source>Or look at an example first</source>
        <translation>O vea antes un ejemplo</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="290"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="291"/>
        <source>The new language applies the next time Pacta starts, so the contract you are editing is not disturbed.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie Pacta, para no interrumpir el contrato que está editando.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main/window.py" line="326"/>
        <source>%n file(s) could not be read and were left untouched; the other projects work as usual:</source>
        <translation>
            <numerusform>No se ha podido leer %n archivo; se ha dejado tal cual y los demás proyectos funcionan con normalidad:</numerusform>
            <numerusform>No se han podido leer %n archivos; se han dejado tal cual y los demás proyectos funcionan con normalidad:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="345"/>
        <source>Trash</source>
        <translation>Papelera</translation>
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
        <translation>&amp;Nuevo contrato…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="56"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="57"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="58"/>
        <source>Open &amp;example</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="59"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="60"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="61"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="62"/>
        <source>&amp;Restore from trash</source>
        <translation>&amp;Recuperar de la papelera</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="63"/>
        <source>Show &amp;trash</source>
        <translation>Ver la pape&amp;lera</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="64"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="65"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="68"/>
        <source>&amp;About Pacta</source>
        <translation>Acerca &amp;de Pacta</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="72"/>
        <source>Move to trash</source>
        <translation>A la papelera</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="73"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="86"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="90"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../gui/main/actions.py" line="93"/>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../../gui/main/window.py" line="165"/>
        <source>Pacta writes documents, not legal advice; every clause is editable.</source>
        <translation>Pacta redacta documentos, no ofrece asesoramiento jurídico; todas las cláusulas se pueden modificar.</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <location filename="../../gui/payments/dialog.py" line="42"/>
        <source>Mark as paid</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="45"/>
        <source>The amount is what the client paid: the base plus the taxes added, less any withholding. It is kept in the project&apos;s records; the contract does not change.</source>
        <translation>El importe es lo que ha pagado el cliente: la base más los impuestos añadidos, menos las retenciones. Queda anotado en el registro del proyecto; el contrato no cambia.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="51"/>
        <source>{label} ({due}): {outstanding} owed</source>
        <translation>{label} ({due}): quedan {outstanding} por pagar</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="62"/>
        <source>Payment:</source>
        <translation>Pago:</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="63"/>
        <source>Received on:</source>
        <translation>Recibido el:</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="64"/>
        <source>Amount received:</source>
        <translation>Importe recibido:</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="68"/>
        <source>Record the payment</source>
        <translation>Registrar el pago</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="94"/>
        <source>Type the day the money arrived, or pick it from the calendar.</source>
        <translation>Escriba el día en que llegó el dinero o elíjalo en el calendario.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="97"/>
        <source>The date cannot be later than today: record a payment once it has arrived.</source>
        <translation>La fecha no puede ser posterior a hoy: registre el pago cuando se haya recibido.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="100"/>
        <source>Amount received</source>
        <translation>Importe recibido</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="109"/>
        <source>Type the amount received, more than zero.</source>
        <translation>Escriba el importe recibido, mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/dialog.py" line="112"/>
        <source>That is more than the {owed} still owed for this payment.</source>
        <translation>Supera los {owed} que quedan por pagar de este pago.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/main/operations.py" line="39"/>
        <source>Not done</source>
        <translation>No se ha podido hacer</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="91"/>
        <source>Written with the wizard</source>
        <translation>Redactado con el asistente</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="92"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="96"/>
        <source>Recorded {number} (version {version}): proposed until the client signs it.</source>
        <translation>{number} registrada (versión {version}): queda propuesta hasta que la firme el cliente.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="99"/>
        <source>Nothing changed: version {number} stays as it was.</source>
        <translation>No ha cambiado nada: la versión {number} sigue como estaba.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="101"/>
        <source>Saved: version {number}.</source>
        <translation>Guardado: versión {number}.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="124"/>
        <source>This contract is signed, so it is not changed in place: the change is recorded as a change order, proposed until both parties sign it. The version in force stays as it is until then.</source>
        <translation>Este contrato está firmado, así que no se modifica directamente: el cambio se registra como una orden de cambio, propuesta hasta que la firmen ambas partes. Hasta entonces, la versión en vigor sigue como está.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="134"/>
        <source>The change was not recorded; what you typed is kept as a draft.</source>
        <translation>El cambio no se ha registrado; lo que escribió se conserva como borrador.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="234"/>
        <source>Move to the trash?</source>
        <translation>¿Mover a la papelera?</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="235"/>
        <source>Move “{title}” to the trash? Its versions and history are kept: View › Show trash lists it, and Project › Restore from trash brings it back.</source>
        <translation>¿Mover «{title}» a la papelera? Se conservan sus versiones y su historial: Ver › Ver la papelera lo muestra, y Proyecto › Recuperar de la papelera lo devuelve a la lista.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="243"/>
        <source>“{title}” is back in the project list.</source>
        <translation>«{title}» vuelve a estar en la lista de proyectos.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="244"/>
        <source>“{title}” is in the trash. To bring it back: View › Show trash, then Project › Restore from trash.</source>
        <translation>«{title}» está en la papelera. Para recuperarlo: Ver › Ver la papelera y, después, Proyecto › Recuperar de la papelera.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="270"/>
        <source>Your own details are saved for new contracts.</source>
        <translation>Sus datos se han guardado para los contratos nuevos.</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="192"/>
        <source>Import a contract</source>
        <translation>Importar un contrato</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="193"/>
        <location filename="../../gui/main/operations.py" line="213"/>
        <source>Pacta contracts (*.json)</source>
        <translation>Contratos de Pacta (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="212"/>
        <source>Export the contract</source>
        <translation>Exportar el contrato</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="220"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="277"/>
        <source>About Pacta</source>
        <translation>Acerca de Pacta</translation>
    </message>
    <message>
        <location filename="../../gui/main/operations.py" line="278"/>
        <source>Pacta {version}

Services agreements, scope checklists and change orders for freelancers and small studios.

Pacta writes documents, not legal advice; every clause is editable.

Licence: {licence}
Data folder: {folder}</source>
        <translation>Pacta {version}

Contratos de servicios, listas de alcance y órdenes de cambio para profesionales independientes y pequeños estudios.

Pacta redacta documentos, no ofrece asesoramiento jurídico; todas las cláusulas se pueden modificar.

Licencia: {licence}
Carpeta de datos: {folder}</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../../gui/core/options.py" line="17"/>
        <source>Default terms for new contracts</source>
        <translation>Condiciones predeterminadas de los contratos nuevos</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="18"/>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="40"/>
        <source>Language of the app</source>
        <extracomment>The contract field this default prefills, as a path (`payment.deposit_percent`).</extracomment>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="41"/>
        <source>As the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="42"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="43"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="44"/>
        <source>Paper size of the documents</source>
        <translation>Tamaño de papel de los documentos</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="45"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="45"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="51"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="52"/>
        <source>Deposit (%)</source>
        <translation>Anticipo (%)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="55"/>
        <source>Work starts once the deposit is paid</source>
        <translation>El trabajo empieza cuando se paga el anticipo</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="57"/>
        <source>Days to pay an invoice</source>
        <translation>Días para pagar una factura</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="59"/>
        <source>Monthly late interest (%)</source>
        <translation>Interés mensual de demora (%)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="61"/>
        <source>Revision rounds included</source>
        <translation>Rondas de revisión incluidas</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="63"/>
        <source>Response time (hours)</source>
        <translation>Tiempo de respuesta (horas)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="65"/>
        <source>Days the client has to give feedback</source>
        <translation>Días que tiene el cliente para dar su opinión</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="67"/>
        <source>Surcharge for urgent work (%)</source>
        <translation>Recargo por trabajo urgente (%)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="69"/>
        <source>Days of notice to end the contract</source>
        <translation>Días de preaviso para terminar el contrato</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="72"/>
        <source>Work done is paid if the contract ends early</source>
        <translation>Si el contrato termina antes, se paga el trabajo realizado</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="75"/>
        <source>The deposit is refunded if the client ends the contract</source>
        <translation>Si el cliente termina el contrato, se le devuelve el anticipo</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="77"/>
        <source>Cancellation fee (%)</source>
        <translation>Indemnización por desistimiento (%)</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="48"/>
        <source>Add to the documents the note that they are not legal advice</source>
        <translation>Añadir a los documentos la nota de que no son asesoramiento jurídico</translation>
    </message>
    <message>
        <location filename="../../gui/core/options.py" line="50"/>
        <source>Add “Prepared with Pacta” under the documents&apos; title</source>
        <translation>Añadir «Preparado con Pacta» bajo el título de los documentos</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../gui/letters/outbox.py" line="30"/>
        <source>Letters waiting to be sent</source>
        <translation>Cartas pendientes de envío</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="32"/>
        <source>No letter is waiting to be sent.</source>
        <translation>No hay ninguna carta pendiente de envío.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="34"/>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="35"/>
        <source>Take the letter out of the outbox; it is not sent</source>
        <translation>Saca la carta de la bandeja de salida; no se envía</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="37"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../gui/letters/outbox.py" line="39"/>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="44"/>
        <source>How much, when, and what happens when payment is late.</source>
        <translation>Cuánto, cuándo y qué ocurre si el pago se retrasa.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="46"/>
        <source>Work that starts before any money arrives is paid last, or never. A deposit, a schedule tied to clear events and a payment period protect your time.</source>
        <translation>El trabajo que empieza antes de cobrar nada se paga el último, o nunca. Un anticipo, un calendario ligado a hechos claros y un plazo de pago protegen su tiempo.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="48"/>
        <source>The sum of the deliverable prices</source>
        <translation>La suma de los precios de los entregables</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="49"/>
        <source>A fixed total</source>
        <translation>Un importe total fijo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="54"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="59"/>
        <source>One price for the whole work. Deliverable prices, when every deliverable has one, are read as its breakdown and must add up to it.</source>
        <translation>Un único precio por todo el trabajo. Si todos los entregables tienen precio, esos precios se leen como su desglose y deben sumar ese total.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="63"/>
        <location filename="../../gui/wizard/page_payment.py" line="85"/>
        <source>Deposit (%)</source>
        <translation>Anticipo (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="67"/>
        <location filename="../../gui/wizard/page_payment.py" line="68"/>
        <source>Work starts once the deposit is paid</source>
        <translation>El trabajo empieza cuando se paga el anticipo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="70"/>
        <location filename="../../gui/wizard/page_payment.py" line="115"/>
        <source>Days to pay each invoice</source>
        <translation>Días para pagar cada factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="72"/>
        <location filename="../../gui/wizard/page_payment.py" line="116"/>
        <source>Monthly late interest (%)</source>
        <translation>Interés mensual de demora (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="83"/>
        <source>The fee is</source>
        <translation>El precio es</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="95"/>
        <source>Installments after the deposit</source>
        <translation>Pagos parciales después del anticipo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="99"/>
        <location filename="../../gui/wizard/page_payment.py" line="106"/>
        <source>Installment</source>
        <translation>Pago parcial</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="100"/>
        <location filename="../../gui/wizard/page_payment.py" line="107"/>
        <source>Share (%)</source>
        <translation>Porcentaje (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="101"/>
        <location filename="../../gui/wizard/page_payment.py" line="109"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="102"/>
        <location filename="../../gui/wizard/page_payment.py" line="111"/>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="110"/>
        <location filename="../../gui/wizard/page_payment.py" line="170"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="112"/>
        <source>Installments</source>
        <translation>Pagos parciales</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="119"/>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="120"/>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="121"/>
        <source>Note on taxes</source>
        <translation>Nota sobre los impuestos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="156"/>
        <source>The fee is what the deliverables cost, added up.</source>
        <extracomment>Whether the taxes were set (loaded or offered); a new contract gets its language&apos;s defaults once.</extracomment>
        <translation>Los honorarios son la suma de los precios de los entregables.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="158"/>
        <source>One price for the whole work; the deliverables have no prices of their own.</source>
        <translation>Un único precio por todo el trabajo; los entregables no tienen precio propio.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="162"/>
        <source>One price for the whole work. The deliverable prices (together {sum}) are read as its breakdown, so when every deliverable has a price they must add up to the total; clear them on the Deliverables page to agree one price only.</source>
        <translation>Un único precio por todo el trabajo. Los precios de los entregables (que suman {sum}) se leen como su desglose: si todos los entregables tienen precio, deben sumar el total. Bórrelos en la página de entregables si quiere acordar un solo precio.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="211"/>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="215"/>
        <source>not known yet</source>
        <translation>aún por determinar</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="218"/>
        <source>Fee: {total}. Deposit plus installments: {percent} (must be 100%).</source>
        <translation>Precio: {total}. Anticipo más pagos parciales: {percent} (debe ser el 100 %).</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_payment.py" line="310"/>
        <source>{field}: say which deliverable this installment is due on ({due}).</source>
        <extracomment>Installments loaded without a deliverable are tied to the last one when the page is shown.</extracomment>
        <translation>{field}: indique de qué entregable depende este pago ({due}).</translation>
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
        <translation>{label} ({amount} por la {number})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="103"/>
        <source>Total to pay: {amount}</source>
        <translation>Total a pagar: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="104"/>
        <location filename="../../gui/widgets/payments.py" line="122"/>
        <source>Paid so far: {amount}</source>
        <translation>Pagado hasta ahora: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="105"/>
        <source>Still to pay: {amount}</source>
        <translation>Pendiente de pago: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="118"/>
        <source>Total before {number}: {amount}</source>
        <translation>Total antes de la {number}: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="120"/>
        <source>Total after {number}: {amount}</source>
        <translation>Total después de la {number}: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="125"/>
        <source>What remains to be paid:</source>
        <translation>Lo que queda por pagar:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="129"/>
        <source>{label}: {amount}, {due}</source>
        <translation>{label}: {amount}, {due}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="133"/>
        <source>These payments add up to the balance: {total} to pay, less {paid} paid, is {balance}.</source>
        <translation>Estos pagos suman exactamente lo pendiente: {total} a pagar, menos {paid} ya pagados, son {balance}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="137"/>
        <source>These payments add up to {owed}, not to the balance of {balance}.</source>
        <translation>Estos pagos suman {owed}, no lo pendiente, que es {balance}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="147"/>
        <source>The difference in price goes with the next payment not yet due.</source>
        <translation>La diferencia de precio se suma al próximo pago aún no vencido.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="148"/>
        <source>The difference in price is due on signing the change order.</source>
        <translation>La diferencia de precio se paga a la firma de la orden de cambio.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/payments.py" line="149"/>
        <source>The difference in price is spread over every payment not yet due.</source>
        <translation>La diferencia de precio se reparte entre todos los pagos aún no vencidos.</translation>
    </message>
</context>
<context>
    <name>PaymentsExtension</name>
    <message>
        <location filename="../../gui/payments/tab.py" line="169"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="170"/>
        <source>Mark as &amp;paid…</source>
        <translation>Registrar un &amp;pago…</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="171"/>
        <source>Record money received against a scheduled payment</source>
        <translation>Anotar el dinero recibido a cuenta de un pago previsto</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="214"/>
        <source>Payment recorded: {amount} on {date}.</source>
        <translation>Pago registrado: {amount} el {date}.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../gui/payments/tab.py" line="72"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="72"/>
        <source>To pay (with taxes)</source>
        <translation>A pagar (con impuestos)</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="72"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="73"/>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="73"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="73"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="87"/>
        <source>Mark as paid…</source>
        <translation>Registrar un pago…</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="89"/>
        <source>Record money received against the selected payment</source>
        <translation>Anotar el dinero recibido a cuenta del pago seleccionado</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="120"/>
        <source>The contract has no fee: no payments are scheduled.</source>
        <translation>El contrato no tiene importe: no hay pagos previstos.</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="128"/>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location filename="../../gui/payments/tab.py" line="155"/>
        <source>Work starts once the deposit is paid, and it is due to start ({date}), but the deposit is not recorded as paid: {amount} still owed.</source>
        <translation>El trabajo empieza cuando se paga el anticipo y ya debería empezar ({date}), pero el anticipo no consta como pagado: quedan {amount} por pagar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="47"/>
        <source>Preferences</source>
        <extracomment>&quot;Your own details&quot; as stored (None: not shown); `profile()` gives them as edited. The language of the messages: the UI&apos;s (QLocale&apos;s default follows it).</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="78"/>
        <source>A new language applies as soon as you press OK (at the next start while a contract is open in the wizard).</source>
        <translation>El nuevo idioma se aplica en cuanto pulse Aceptar (o en el próximo inicio si hay un contrato abierto en el asistente).</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="88"/>
        <source>Your own details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="93"/>
        <source>They fill in “You (the provider)” in every new contract. Saving a contract never changes them, unless you tick “use these as my details” in it.</source>
        <translation>Rellenan «Usted (el proveedor)» en cada contrato nuevo. Guardar un contrato nunca los cambia, salvo que marque en él «usar como mis datos».</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="98"/>
        <source>Name or company</source>
        <translation>Nombre o empresa</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="98"/>
        <source>Represented by</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="99"/>
        <source>Tax ID</source>
        <translation>Identificación fiscal</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="99"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="99"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="100"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../gui/preferences/dialog.py" line="131"/>
        <source>Your own details need a name (yours or your company&apos;s).</source>
        <translation>Sus datos necesitan un nombre (el suyo o el de su empresa).</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../gui/wizard/preview.py" line="46"/>
        <source>Preview of the agreement</source>
        <extracomment>No busy cursor while rendering (the preview beside a page renders as the user types).</extracomment>
        <translation>Vista previa del contrato</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="55"/>
        <source>Preparing the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="84"/>
        <source>Preparing the preview…</source>
        <extracomment>Says a contract&apos;s issue in words, naming the field as the wizard labels it. The newest preview asked for: an older one that finishes later is not shown.</extracomment>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizard/preview.py" line="125"/>
        <source>Preview of the agreement: %n page(s)</source>
        <translation>
            <numerusform>Vista previa del contrato: %n página</numerusform>
            <numerusform>Vista previa del contrato: %n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizard/preview.py" line="134"/>
        <source>Not updated while %n problem(s) remain; this is the last complete version.</source>
        <translation>
            <numerusform>No se actualiza mientras quede %n problema; esta es la última versión completa.</numerusform>
            <numerusform>No se actualiza mientras queden %n problemas; esta es la última versión completa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizard/preview.py" line="137"/>
        <source>The preview shows once the contract is complete (%n problem(s) left).</source>
        <translation>
            <numerusform>La vista previa aparecerá cuando el contrato esté completo (queda %n problema).</numerusform>
            <numerusform>La vista previa aparecerá cuando el contrato esté completo (quedan %n problemas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="144"/>
        <source>The preview could not be prepared; saving and generating the documents may still work.</source>
        <translation>No se ha podido preparar la vista previa, aunque es posible que pueda guardar y generar los documentos igualmente.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="145"/>
        <source>Technical detail: {detail}</source>
        <translation>Detalle técnico: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/preview.py" line="147"/>
        <source>The preview is not available: {reason}</source>
        <translation>La vista previa no está disponible: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="22"/>
        <source>Project and parties</source>
        <translation>Proyecto y partes</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="23"/>
        <source>Who agrees with whom, on what, from when.</source>
        <translation>Quién acuerda qué con quién, y desde cuándo.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="25"/>
        <source>A contract starts with clarity: the exact names of both parties and of the project. Tick “use these as my details” and your own details fill in the next contract.</source>
        <translation>Un contrato empieza por la claridad: los nombres exactos de ambas partes y del proyecto. Marque «usar como mis datos» y sus datos rellenarán el próximo contrato.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="27"/>
        <location filename="../../gui/wizard/page_project.py" line="36"/>
        <source>Project title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="28"/>
        <location filename="../../gui/wizard/page_project.py" line="37"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="29"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="29"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="30"/>
        <source>Language of the documents</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="31"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="32"/>
        <location filename="../../gui/wizard/page_project.py" line="44"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="33"/>
        <source>e.g. Website redesign for Bakery La Espiga</source>
        <translation>p. ej., Rediseño del sitio web de Panadería La Espiga</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="34"/>
        <source>your own number, optional</source>
        <translation>su propia numeración, opcional</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="43"/>
        <source>Language and currency</source>
        <translation>Idioma y moneda</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="47"/>
        <source>You (the provider)</source>
        <translation>Usted (el proveedor)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="48"/>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="53"/>
        <source>&amp;Use these as my details for new contracts</source>
        <extracomment>Ticked: saving the contract also keeps the provider&apos;s details for new contracts.</extracomment>
        <translation>&amp;Usar como mis datos en los contratos nuevos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="67"/>
        <source>Name or company</source>
        <translation>Nombre o empresa</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="68"/>
        <source>Represented by</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="69"/>
        <source>Tax ID</source>
        <translation>Identificación fiscal</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="70"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="71"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="72"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="74"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_project.py" line="74"/>
        <source>Client</source>
        <translation>Cliente</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="44"/>
        <location filename="../../gui/main/projects.py" line="46"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="44"/>
        <location filename="../../gui/main/projects.py" line="46"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="44"/>
        <source>Ver.</source>
        <translation>Vers.</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="45"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="45"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="46"/>
        <source>Current version</source>
        <translation>Versión actual</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="47"/>
        <source>The next date due: a deliverable or something the client hands over</source>
        <translation>La próxima fecha prevista: un entregable o algo que entrega el cliente</translation>
    </message>
    <message>
        <location filename="../../gui/main/projects.py" line="48"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="33"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="34"/>
        <source>Read it as your client will, then save it and generate the documents.</source>
        <translation>Léalo como lo leerá su cliente; después, guárdelo y genere los documentos.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="36"/>
        <source>Documentation settles arguments: the agreement and the scope checklist, initialled and signed, are what you point to when the project drifts. Pacta writes documents, not legal advice; every clause stays editable.</source>
        <translation>La documentación zanja las discusiones: el contrato y la lista de alcance, rubricados y firmados, son a lo que usted podrá remitirse si el proyecto se desvía. Pacta redacta documentos, no ofrece asesoramiento jurídico; todas las cláusulas se pueden modificar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="41"/>
        <source>Summary of the contract</source>
        <translation>Resumen del contrato</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="53"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="54"/>
        <source>Generate documents…</source>
        <translation>Generar documentos…</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="151"/>
        <source>Written with the wizard</source>
        <translation>Redactado con el asistente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="152"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="157"/>
        <source>Recorded {number} (version {version}): proposed until the client signs it.</source>
        <translation>{number} registrada (versión {version}): queda propuesta hasta que la firme el cliente.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="161"/>
        <location filename="../../gui/wizard/page_review.py" line="214"/>
        <source>Saved as version {number}.</source>
        <translation>Guardado como versión {number}.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="181"/>
        <source>This contract is signed, so it is not changed in place: the change is recorded as a change order, proposed until both parties sign it. The version in force stays as it is until then.</source>
        <translation>Este contrato está firmado, así que no se modifica directamente: el cambio se registra como una orden de cambio, propuesta hasta que la firmen ambas partes. Hasta entonces, la versión en vigor sigue como está.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="185"/>
        <source>Not saved: a signed contract changes only through a change order.</source>
        <translation>No se ha guardado: un contrato firmado solo cambia mediante una orden de cambio.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="193"/>
        <source>Where to put the documents</source>
        <translation>Dónde guardar los documentos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="207"/>
        <source>Writing the documents…</source>
        <translation>Generando los documentos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizard/page_review.py" line="212"/>
        <source>%n document(s) written.</source>
        <translation>
            <numerusform>Se ha generado %n documento.</numerusform>
            <numerusform>Se han generado %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="228"/>
        <source>Not done</source>
        <translation>No se ha podido hacer</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_review.py" line="69"/>
        <source>Pacta writes documents, not legal advice; every clause is editable. The copies for your client carry no such note (see Preferences).</source>
        <extracomment>Characters the PDF cannot print, by field (filled off the GUI thread when the page opens).</extracomment>
        <translation>Pacta redacta documentos, no ofrece asesoramiento jurídico; todas las cláusulas se pueden modificar. Las copias para su cliente no llevan esta nota (vea Preferencias).</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="21"/>
        <source>Roles and responsibilities</source>
        <translation>Funciones y responsabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="22"/>
        <source>Who does what, on both sides.</source>
        <translation>Quién hace qué, en ambas partes.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="24"/>
        <source>Both sides can say yes to different pictures of the work. Writing down each person&apos;s role, yours and the client&apos;s, is what turns agreement into clarity.</source>
        <translation>Ambas partes pueden decir que sí pensando en trabajos distintos. Poner por escrito la función de cada persona, de su lado y del lado del cliente, es lo que convierte el acuerdo en claridad.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="27"/>
        <source>Your side</source>
        <translation>Su parte</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="27"/>
        <source>The client&apos;s side</source>
        <translation>La parte del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="32"/>
        <location filename="../../gui/wizard/page_roles.py" line="38"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="33"/>
        <location filename="../../gui/wizard/page_roles.py" line="39"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="34"/>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="40"/>
        <source>Responsibilities (one per line)</source>
        <translation>Responsabilidades (una por línea)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="43"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="44"/>
        <source>Roles: your side</source>
        <translation>Funciones: su parte</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="44"/>
        <source>Roles: the client&apos;s side</source>
        <translation>Funciones: la parte del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="58"/>
        <source>your side</source>
        <translation>su parte</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="58"/>
        <source>the client&apos;s side</source>
        <translation>parte del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_roles.py" line="59"/>
        <source>{field} ({side}, row {row})</source>
        <translation>{field} ({side}, fila {row})</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location filename="../../gui/journal/rounds.py" line="54"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="55"/>
        <source>Client feedback, round {n}</source>
        <translation>Comentarios, ronda {n}</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../gui/journal/rounds.py" line="73"/>
        <location filename="../../gui/journal/rounds.py" line="232"/>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="73"/>
        <source>Feedback rounds</source>
        <translation>Rondas de comentarios</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="86"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="86"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="86"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="97"/>
        <source>Nothing recorded for this deliverable yet.</source>
        <translation>Aún no hay nada registrado para este entregable.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="117"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="118"/>
        <source>Client feedback</source>
        <translation>Comentarios del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="119"/>
        <source>A delivery of the work, or a round of the client&apos;s feedback on it</source>
        <translation>Una entrega del trabajo o una ronda de comentarios del cliente sobre él</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="122"/>
        <source>Note (optional): what was sent, what the client asked for</source>
        <translation>Nota (opcional): qué se envió, qué pidió el cliente</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="123"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="124"/>
        <source>Record it (Enter in the note)</source>
        <translation>Registrarlo (Intro en la nota)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="162"/>
        <source>Select a project to see its revision rounds.</source>
        <translation>Seleccione un proyecto para ver sus rondas de revisión.</translation>
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
            <numerusform>%n ronda de comentarios (sin número pactado)</numerusform>
            <numerusform>%n rondas de comentarios (sin número pactado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/rounds.py" line="195"/>
        <source>no feedback yet (%n included)</source>
        <translation>
            <numerusform>aún sin comentarios (%n incluida)</numerusform>
            <numerusform>aún sin comentarios (%n incluidas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="197"/>
        <source>round {used} of {allowed}: beyond what was agreed</source>
        <translation>ronda {used} de {allowed}: más de lo pactado</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="198"/>
        <source>round {used} of {allowed}</source>
        <translation>ronda {used} de {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="205"/>
        <source>Version {n}, in force.</source>
        <translation>Versión {n}, en vigor.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="207"/>
        <source>The contract sets no number of revision rounds.</source>
        <translation>El contrato no fija un número de rondas de revisión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/rounds.py" line="209"/>
        <source>%n round(s) of feedback included per deliverable.</source>
        <translation>
            <numerusform>%n ronda de comentarios incluida por entregable.</numerusform>
            <numerusform>%n rondas de comentarios incluidas por entregable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="211"/>
        <source>Each extra round: {price}.</source>
        <translation>Cada ronda adicional: {price}.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="270"/>
        <source>The agreed rounds of feedback on “{title}” are used up. Change order {number}, which adds the next round, is waiting for the client&apos;s signature.</source>
        <translation>Se han agotado las rondas de comentarios pactadas para «{title}». La orden de cambio {number}, que añade la siguiente ronda, está pendiente de la firma del cliente.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="275"/>
        <source>The agreed rounds of feedback on “{title}” are used up. The contract is closed, so no change order can be added.</source>
        <translation>Se han agotado las rondas de comentarios pactadas para «{title}». El contrato está cerrado, así que no se puede añadir ninguna orden de cambio.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="280"/>
        <source>Draft a change order for round {n}…</source>
        <translation>Preparar una orden de cambio para la ronda {n}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/journal/rounds.py" line="290"/>
        <source>The %n agreed round(s) of feedback on “{title}” are used up.</source>
        <translation>
            <numerusform>Se ha agotado la ronda de comentarios pactada para «{title}» (%n en total).</numerusform>
            <numerusform>Se han agotado las %n rondas de comentarios pactadas para «{title}».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="293"/>
        <source>The contract sets no price for another round: put one in the change order.</source>
        <translation>El contrato no fija el precio de una ronda más: indíquelo en la orden de cambio.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="295"/>
        <source>Another round costs {price}, as agreed.</source>
        <translation>Una ronda más cuesta {price}, según lo pactado.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="297"/>
        <source>Have the client sign a change order before starting it.</source>
        <translation>Pida al cliente que firme una orden de cambio antes de empezarla.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="308"/>
        <source>Included rounds used up</source>
        <translation>Rondas incluidas agotadas</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="309"/>
        <source>Draft the change order for round {n} now?</source>
        <translation>¿Prepara ahora la orden de cambio para la ronda&#xa0;{n}?</translation>
    </message>
    <message>
        <location filename="../../gui/journal/rounds.py" line="324"/>
        <source>Type the date, or pick it from the calendar.</source>
        <translation>Escriba la fecha o elíjala en el calendario.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../gui/widgets/rows.py" line="255"/>
        <source>Add</source>
        <extracomment>Cells the user has edited, by the identity of their row (rows keep it when moved). The list itself was changed (a row added, removed or moved), not just a cell.</extracomment>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="256"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="257"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="260"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="262"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="265"/>
        <source>Undo remove</source>
        <extracomment>Rows removed, newest last, with where they were: Undo puts them back.</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="273"/>
        <source>Put back the last row removed ({shortcut})</source>
        <translation>Recupera la última fila quitada ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="302"/>
        <source>Add a row ({shortcut})</source>
        <translation>Añadir una fila ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="303"/>
        <source>Remove the selected row ({shortcut})</source>
        <translation>Quitar la fila seleccionada ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="305"/>
        <source>Copy the selected row below it ({shortcut})</source>
        <translation>Copiar la fila seleccionada debajo de ella ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="307"/>
        <source>Move the selected row up ({shortcut})</source>
        <translation>Subir la fila seleccionada ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rows.py" line="309"/>
        <source>Move the selected row down ({shortcut})</source>
        <translation>Bajar la fila seleccionada ({shortcut})</translation>
    </message>
</context>
<context>
    <name>ScansTab</name>
    <message>
        <location filename="../../gui/journal/scans.py" line="54"/>
        <source>Keep the scan of each signed paper with the version or change order it belongs to. Pacta stores a copy and its fingerprint (SHA-256), so you can later show it is the same file.</source>
        <extracomment>What the last check before opening found (work.ScanCheck), for the status line and tests.</extracomment>
        <translation>Guarde el escaneo de cada documento firmado junto a la versión o la orden de cambio a la que corresponde. Pacta conserva una copia y su huella (SHA-256), para que más adelante pueda demostrar que es el mismo archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="59"/>
        <source>The version or change order the signed paper belongs to</source>
        <translation>La versión o la orden de cambio a la que corresponde el documento firmado</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="60"/>
        <source>Attach a signed copy…</source>
        <translation>Adjuntar una copia firmada…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="64"/>
        <source>Belongs to:</source>
        <translation>Corresponde a:</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="71"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="71"/>
        <source>Attached</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="71"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="71"/>
        <source>Belongs to</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="83"/>
        <source>No signed copies attached yet.</source>
        <translation>Aún no hay copias firmadas adjuntas.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="85"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="86"/>
        <source>Check the file against its fingerprint, then open it</source>
        <translation>Comprobar el archivo con su huella y después abrirlo</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="135"/>
        <source>Change order {number} ({status}) · version {version}</source>
        <translation>Orden de cambio {number} ({status}) · versión {version}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="138"/>
        <location filename="../../gui/journal/scans.py" line="145"/>
        <source>Version {n}</source>
        <translation>Versión {n}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="140"/>
        <source>Version {n} (in force)</source>
        <translation>Versión {n} (en vigor)</translation>
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
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="165"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="166"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="171"/>
        <source>Matches</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="172"/>
        <source>Altered</source>
        <translation>Alterada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="172"/>
        <source>Missing</source>
        <translation>No está</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="203"/>
        <source>Attach a signed copy</source>
        <translation>Adjuntar una copia firmada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="204"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="221"/>
        <source>{name} attached to {target}. Fingerprint (SHA-256): {digest}</source>
        <translation>{name} adjuntado a: {target}. Huella (SHA-256): {digest}</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="224"/>
        <source>Attaching {name}…</source>
        <translation>Adjuntando {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="247"/>
        <source>{name} is the same file that was attached on {date}: its fingerprint matches.</source>
        <translation>{name} es el mismo archivo que se adjuntó el {date}: su huella coincide.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="254"/>
        <source>The copy of {name} attached on {date} is missing from the data folder ({path}). It may have been moved or deleted outside Pacta; restore it from a backup of the data folder.</source>
        <translation>La copia de {name} adjuntada el {date} no está en la carpeta de datos ({path}). Puede que se haya movido o borrado fuera de Pacta; recupérela de una copia de seguridad de la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="258"/>
        <source>Signed copy missing</source>
        <translation>Falta la copia firmada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="262"/>
        <source>{name} is NOT the file that was attached on {date}: its fingerprint no longer matches, so it was altered or damaged after it was attached. Do not rely on it as proof.</source>
        <translation>{name} NO es el archivo que se adjuntó el {date}: su huella ya no coincide, así que se alteró o se dañó después de adjuntarlo. No lo use como prueba.</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="266"/>
        <source>Signed copy altered</source>
        <translation>Copia firmada alterada</translation>
    </message>
    <message>
        <location filename="../../gui/journal/scans.py" line="266"/>
        <source>Open it anyway?</source>
        <translation>¿Abrirlo de todos modos?</translation>
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
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="81"/>
        <source>Print &amp;signature sheets…</source>
        <translation>Imprimir hojas de &amp;firma…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="82"/>
        <source>E&amp;mail to the client…</source>
        <translation>Enviar por corr&amp;eo al cliente…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="83"/>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="84"/>
        <source>&amp;Mail server settings…</source>
        <translation>Servidor de &amp;correo…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="85"/>
        <source>Edit mail temp&amp;lates…</source>
        <translation>Editar las &amp;plantillas de correo…</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="86"/>
        <source>The subject and text of the message to the client are yours to change</source>
        <translation>Puede cambiar el asunto y el texto del mensaje al cliente</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="129"/>
        <source>Services agreement</source>
        <translation>Contrato de servicios</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="129"/>
        <source>Scope checklist</source>
        <translation>Lista de alcance</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="133"/>
        <source>Change order {number}</source>
        <translation>Orden de cambio {number}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="151"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="151"/>
        <source>Document to print:</source>
        <translation>Documento que desea imprimir:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="195"/>
        <source>Signature sheets — {title}</source>
        <translation>Hojas de firma — {title}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="212"/>
        <source>No printer</source>
        <translation>No hay impresora</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="213"/>
        <source>No printer is installed on this computer, so Pacta cannot print. Save the pages as a PDF file instead? You can print it later on any computer.</source>
        <translation>No hay ninguna impresora instalada en este equipo, así que Pacta no puede imprimir. ¿Desea guardar las páginas como archivo PDF? Podrá imprimirlo más tarde desde cualquier equipo.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="224"/>
        <source>Print preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="237"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="238"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="259"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="288"/>
        <source>Sent to {recipients}; kept in the project&apos;s history.</source>
        <translation>Enviado a {recipients}; queda constancia en el historial del proyecto.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="302"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="303"/>
        <source>Pacta had to change some text to write the documents. Check these fields before the documents go to the client:</source>
        <translation>Pacta ha tenido que modificar parte del texto para generar los documentos. Revise estos campos antes de que los documentos lleguen al cliente:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="335"/>
        <location filename="../../gui/sending/menu.py" line="339"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="336"/>
        <source>This contract has no dates yet (deliveries, client inputs or payments), so there is nothing to put in a calendar.</source>
        <translation>Este contrato aún no tiene fechas (entregas, material del cliente o pagos), así que no hay nada que pasar a un calendario.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="340"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sending/menu.py" line="348"/>
        <source>%n date(s) exported to {path}</source>
        <translation>
            <numerusform>%n fecha exportada a {path}</numerusform>
            <numerusform>%n fechas exportadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="377"/>
        <source>The subject and text of the message to the client are in the folder that opens now, one file per language:

{folder}

Edit them with any text editor: the first line is the subject, the text starts after the first blank line. Keep the names written like ${{project}}: Pacta fills them in. Delete a file to go back to Pacta&apos;s text.</source>
        <translation>El asunto y el texto del mensaje al cliente están en la carpeta que se muestra a continuación, un archivo por idioma:

{folder}

Puede editarlos con cualquier editor de texto: la primera línea es el asunto y el texto empieza después de la primera línea en blanco. Conserve los nombres escritos como ${{project}}: Pacta los completa. Si borra un archivo, se vuelve al texto original de Pacta.</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="382"/>
        <source>Pacta does not know these names; they appear in the message as typed:</source>
        <translation>Pacta no reconoce estos nombres; en el mensaje aparecerán tal como están escritos:</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="384"/>
        <source>• {file}: ${{{name}}}</source>
        <translation>• {file}: ${{{name}}}</translation>
    </message>
    <message>
        <location filename="../../gui/sending/menu.py" line="386"/>
        <source>Mail templates</source>
        <translation>Plantillas de correo</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="49"/>
        <source>The certificate file {path} cannot be read ({detail}). Check that it is still there and that you may open it.</source>
        <translation>No se puede leer el archivo del certificado {path} ({detail}). Compruebe que sigue ahí y que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="51"/>
        <source>{path} is not a signing certificate. Choose the .p12 or .pfx file you exported from your browser or received from the issuer.</source>
        <translation>{path} no es un certificado de firma. Elija el archivo .p12 o .pfx que exportó desde su navegador o que le entregó la entidad emisora.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="53"/>
        <source>The password of the certificate is not correct. Type it again (it is the one you chose when you exported the certificate).</source>
        <translation>La contraseña del certificado no es correcta. Escríbala de nuevo (es la que eligió al exportar el certificado).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="55"/>
        <source>Type the certificate&apos;s password: none is kept for it in the system keyring.</source>
        <translation>Escriba la contraseña del certificado: no hay ninguna guardada para él en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="57"/>
        <source>{path} cannot be opened as a PDF, PNG or JPEG file ({detail}).</source>
        <translation>{path} no se puede abrir como archivo PDF, PNG o JPEG ({detail}).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="59"/>
        <source>{path} is not a document of any project in this data folder.</source>
        <translation>{path} no es un documento de ningún proyecto de esta carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="77"/>
        <source>Sign as the provider</source>
        <translation>Firmar como proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="80"/>
        <source>Pacta signs the document with your electronic certificate (for example from the FNMT or ACCV) and leaves a signature field for your client, who signs it with Adobe Reader, AutoFirma or any other PDF signing tool.</source>
        <translation>Pacta firma el documento con su certificado electrónico (por ejemplo, de la FNMT o de la ACCV) y deja un campo de firma para su cliente, que lo firma con Adobe Reader, AutoFirma o cualquier otro programa de firma de PDF.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="89"/>
        <source>a .p12 or .pfx file</source>
        <translation>un archivo .p12 o .pfx</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="90"/>
        <location filename="../../gui/signing/sign_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="99"/>
        <source>Keep the password in the system keyring</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="105"/>
        <source>The password is never written to a file. Leave it empty to use the one kept in the system keyring.</source>
        <translation>La contraseña nunca queda escrita en ningún archivo. Déjela en blanco para usar la que está en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="107"/>
        <source>This computer has no system keyring Pacta can use, so the password is asked for each time you sign. It is never written to a file.</source>
        <translation>Este equipo no tiene un llavero del sistema que Pacta pueda usar, así que la contraseña se le pedirá cada vez que firme. Nunca queda escrita en ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="116"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="117"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="118"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="121"/>
        <source>Save the signed PDF in</source>
        <translation>Guardar el PDF firmado en</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="128"/>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="167"/>
        <source>Your signing certificate</source>
        <translation>Su certificado de firma</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="168"/>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificados (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="174"/>
        <source>Where to save the signed PDF</source>
        <translation>Dónde guardar el PDF firmado</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="191"/>
        <source>Choose your certificate first (a .p12 or .pfx file).</source>
        <translation>Elija primero su certificado (un archivo .p12 o .pfx).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="197"/>
        <source>The folder {folder} does not exist. Choose another one.</source>
        <translation>La carpeta {folder} no existe. Elija otra.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="203"/>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="215"/>
        <source>Password not kept</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign_dialog.py" line="216"/>
        <source>The document is signed, but the system keyring could not keep the password: type it again next time.</source>
        <translation>El documento está firmado, pero el llavero del sistema no ha podido guardar la contraseña: tendrá que escribirla de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../gui/signing/menu.py" line="50"/>
        <source>S&amp;ign…</source>
        <translation>Fir&amp;mar…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="52"/>
        <source>Sign a document with your electronic certificate, leaving a signature field for the client</source>
        <translation>Firmar un documento con su certificado electrónico y dejar un campo de firma para el cliente</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="54"/>
        <source>&amp;Receive a signed copy…</source>
        <translation>&amp;Recibir una copia firmada…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="55"/>
        <source>Check the PDF your client signed and record the contract as signed</source>
        <translation>Comprobar el PDF que firmó su cliente y registrar el contrato como firmado</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="57"/>
        <source>&amp;Verify a document…</source>
        <translation>&amp;Verificar un documento…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="58"/>
        <source>Which project and version a PDF, scan or photo shows, and whether a PDF&apos;s text is that version&apos;s</source>
        <translation>Qué proyecto y qué versión muestra un PDF, un escaneo o una foto, y si el texto de un PDF es el de esa versión</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="60"/>
        <source>Trusted &amp;certificates…</source>
        <translation>Certificados de c&amp;onfianza…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="97"/>
        <source>Services agreement</source>
        <translation>Contrato de servicios</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="97"/>
        <source>Scope checklist</source>
        <translation>Lista de alcance</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="101"/>
        <source>Change order {number}</source>
        <translation>Orden de cambio {number}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="120"/>
        <source>Signed by {signer}: {path}</source>
        <translation>Firmado por {signer}: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="134"/>
        <location filename="../../gui/signing/menu.py" line="155"/>
        <location filename="../../gui/signing/menu.py" line="167"/>
        <source>Receive a signed copy</source>
        <translation>Recibir una copia firmada</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="135"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="141"/>
        <source>Checking the signatures of {name}…</source>
        <translation>Comprobando las firmas de {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="152"/>
        <source>A signature is valid, but its certificate is not trusted, so nothing is recorded. To trust it, add the certificate of the signer, or of the authority that issued it, under Trusted certificates.</source>
        <translation>Una firma es válida, pero su certificado no es de confianza, así que no se registra nada. Para confiar en él, añada el certificado del firmante, o el de la entidad que lo emitió, en Certificados de confianza.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="157"/>
        <source>Trusted certificates…</source>
        <translation>Certificados de confianza…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="179"/>
        <location filename="../../gui/signing/menu.py" line="192"/>
        <location filename="../../gui/signing/menu.py" line="197"/>
        <location filename="../../gui/signing/menu.py" line="207"/>
        <source>Verify a document</source>
        <translation>Verificar un documento</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="180"/>
        <source>PDF documents, scans and photos (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documentos PDF, escaneos y fotos (*.pdf *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="185"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="202"/>
        <source>This file is not what version {n} of “{title}” says: its text differs.</source>
        <translation>Este archivo no es lo que dice la versión {n} de «{title}»: su texto es distinto.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="204"/>
        <source>This file is version {n} of “{title}”, word for word.</source>
        <translation>Este archivo es la versión {n} de «{title}», palabra por palabra.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="206"/>
        <source>This file shows version {n} of “{title}”; its text was not compared.</source>
        <translation>Este archivo muestra la versión {n} de «{title}»; su texto no se ha comparado.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/menu.py" line="208"/>
        <source>Show the project</source>
        <translation>Ver el proyecto</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../gui/core/statuses.py" line="11"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../gui/core/statuses.py" line="12"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../gui/core/statuses.py" line="13"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../gui/core/statuses.py" line="14"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../gui/core/statuses.py" line="15"/>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../gui/wizard/steps.py" line="38"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="40"/>
        <source>has problems</source>
        <translation>tiene problemas</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="41"/>
        <source>not visited yet</source>
        <translation>aún sin visitar</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="67"/>
        <location filename="../../gui/wizard/steps.py" line="68"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="72"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/steps.py" line="122"/>
        <source>, current step</source>
        <translation>, paso actual</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../gui/widgets/summary.py" line="27"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="28"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="29"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="30"/>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="31"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="32"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="33"/>
        <source>Not included:</source>
        <translation>No incluido:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="34"/>
        <source>The client hands over</source>
        <translation>El cliente entrega</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="35"/>
        <source>Payment schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="36"/>
        <source>Deposit</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="37"/>
        <source>before work starts</source>
        <translation>antes de empezar el trabajo</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="38"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="43"/>
        <source>Reference: {value}</source>
        <translation>Referencia: {value}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="45"/>
        <source>Starts on {date}</source>
        <translation>Empieza el {date}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="47"/>
        <source>Documents in Spanish, amounts in {currency}</source>
        <translation>Documentos en español, importes en {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="50"/>
        <source>Documents in English, amounts in {currency}</source>
        <translation>Documentos en inglés, importes en {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="54"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="54"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="82"/>
        <source>on signing</source>
        <translation>a la firma</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="82"/>
        <source>on delivery</source>
        <translation>a la entrega</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/summary.py" line="83"/>
        <source>on acceptance</source>
        <translation>a la aceptación</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../gui/main/detail.py" line="58"/>
        <source>Select a project to see it here.</source>
        <translation>Seleccione un proyecto para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="63"/>
        <source>{status} · version {number} · {when} · fingerprint {fingerprint}</source>
        <translation>{status} · versión {number} · {when} · huella {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="69"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="73"/>
        <source>version {number}, {when}</source>
        <translation>versión {number}, {when}</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="78"/>
        <source>No documents generated yet: open the project and use “Generate documents…” on its last page.</source>
        <translation>Aún no se ha generado ningún documento: abra el proyecto y use «Generar documentos…» en su última página.</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="89"/>
        <source>This is version {number}, the one in force.</source>
        <translation>Esta es la versión {number}, la que está en vigor.</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="91"/>
        <source>{number} (version {version}) is proposed, waiting for both signatures: {reason}</source>
        <translation>{number} (versión {version}) está propuesta, pendiente de la firma de ambas partes: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/main/detail.py" line="96"/>
        <source>{number} (version {version}) was rejected on {date}: {reason}</source>
        <translation>{number} (versión {version}) se rechazó el {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>TaxesBox</name>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="37"/>
        <source>Added to the price</source>
        <extracomment>The note an English contract starts with (contract text, in the contract&apos;s language).</extracomment>
        <translation>Se suma al precio</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="37"/>
        <source>Withheld by the client</source>
        <translation>La retiene el cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="51"/>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="53"/>
        <location filename="../../gui/wizard/taxes.py" line="64"/>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="54"/>
        <location filename="../../gui/wizard/taxes.py" line="66"/>
        <source>Rate (%)</source>
        <translation>Tipo (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="55"/>
        <location filename="../../gui/wizard/taxes.py" line="67"/>
        <source>How it applies</source>
        <translation>Cómo se aplica</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="69"/>
        <source>In Spain, IVA (21 %) is added to the fee; when the client is a business, it withholds IRPF: 15 %, or 7 % in the first three years of the activity.</source>
        <translation>En España, al precio se le suma el IVA (21 %); si el cliente es una empresa o un profesional, le retiene el IRPF: el 15 %, o el 7 % el año de inicio de la actividad y los dos siguientes.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="73"/>
        <source>Withhold IRPF 15 %</source>
        <translation>Retención de IRPF del 15 %</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="74"/>
        <source>Withhold IRPF 7 %</source>
        <translation>Retención de IRPF del 7 %</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="79"/>
        <source>Before tax: the taxes added come on top</source>
        <translation>Sin impuestos: los impuestos que se suman van aparte</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="80"/>
        <source>With the taxes added already included</source>
        <translation>Con los impuestos que se suman ya incluidos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="83"/>
        <source>For example an exemption, or that the client pays the tax (reverse charge)</source>
        <translation>Por ejemplo, una exención o que el impuesto lo liquida el cliente (inversión del sujeto pasivo)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="101"/>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="104"/>
        <source>Note on taxes</source>
        <translation>Nota sobre los impuestos</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="172"/>
        <source>Base: {amount}</source>
        <translation>Base: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="176"/>
        <source>{name} ({rate}) withheld: −{amount}</source>
        <translation>Retención de {name} ({rate}): −{amount}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="179"/>
        <source>{name} ({rate}): +{amount}</source>
        <translation>{name} ({rate}): +{amount}</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/taxes.py" line="181"/>
        <source>Total to pay: {amount}</source>
        <translation>Total a pagar: {amount}</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../gui/templates/chooser.py" line="33"/>
        <source>project title</source>
        <extracomment>How the chooser names the fields that hold a placeholder (by the start of their path).</extracomment>
        <translation>título del proyecto</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="34"/>
        <source>your details</source>
        <translation>sus datos</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="35"/>
        <source>the client&apos;s details</source>
        <translation>los datos del cliente</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="36"/>
        <source>who does what</source>
        <translation>quién hace qué</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="37"/>
        <source>working hours</source>
        <translation>horario de trabajo</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="38"/>
        <source>law and courts</source>
        <translation>ley y juzgados</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="54"/>
        <source>New contract from a template</source>
        <translation>Nuevo contrato a partir de una plantilla</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="57"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="57"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="60"/>
        <source>Language of the documents</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="62"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="72"/>
        <source>The work starts on</source>
        <translation>El trabajo empieza el</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="78"/>
        <source>&amp;Language of the documents</source>
        <translation>&amp;Idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="79"/>
        <source>The work &amp;starts on</source>
        <translation>El trabajo &amp;empieza el</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="95"/>
        <source>Start the con&amp;tract</source>
        <translation>&amp;Crear el contrato</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="97"/>
        <source>&amp;Cancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="108"/>
        <source>Start from a contract written for your trade: deliverables with acceptance criteria, what the client hands over, what is out of scope, revision rounds and a payment schedule. Its dates move to start on the day you choose; what you must replace is in [CAPITALS IN BRACKETS].</source>
        <translation>Parta de un contrato escrito para su oficio: entregables con criterios de aceptación, lo que entrega el cliente, lo que queda fuera del alcance, rondas de revisión y un calendario de pagos. Sus fechas se desplazan para empezar el día que usted elija; lo que debe sustituir está [EN MAYÚSCULAS ENTRE CORCHETES].</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="122"/>
        <source>A blank contract</source>
        <translation>Un contrato en blanco</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="128"/>
        <source>Yours: {name}</source>
        <translation>Suya: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/templates/chooser.py" line="151"/>
        <source>An empty contract with your default terms (Preferences).</source>
        <translation>Un contrato vacío con sus condiciones predeterminadas (Preferencias).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/templates/chooser.py" line="168"/>
        <source>%n field(s) to replace, highlighted in the wizard:</source>
        <translation>
            <numerusform>%n campo que sustituir, resaltado en el asistente:</numerusform>
            <numerusform>%n campos que sustituir, resaltados en el asistente:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../gui/templates/menu.py" line="54"/>
        <source>Replace the text in [CAPITALS] with your own.</source>
        <extracomment>The dynamic property the style sheet highlights (gui/core/resources.py).</extracomment>
        <translation>Sustituya el texto [EN MAYÚSCULAS] por el suyo.</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="83"/>
        <source>New f&amp;rom a template…</source>
        <translation>N&amp;uevo desde una plantilla…</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="85"/>
        <source>Start from a contract written for your trade, or from one of your own</source>
        <translation>Parta de un contrato escrito para su oficio o de uno suyo</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="88"/>
        <source>Save as a temp&amp;late…</source>
        <translation>Guardar como p&amp;lantilla…</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="89"/>
        <source>Keep this contract as a starting point for the next ones</source>
        <translation>Conserve este contrato como punto de partida para los siguientes</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="102"/>
        <source>Or start from a template for your trade</source>
        <translation>O parta de una plantilla de su oficio</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="154"/>
        <source>Save as a template</source>
        <extracomment>The fields marked in the last wizard started from a template.</extracomment>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="155"/>
        <source>Name of the template (the client&apos;s details are left out):</source>
        <translation>Nombre de la plantilla (no se guardan los datos del cliente):</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="169"/>
        <source>Replace the template?</source>
        <translation>¿Sustituir la plantilla?</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="170"/>
        <source>You already have a template called “{name}”. Replace it with this contract?</source>
        <translation>Ya tiene una plantilla llamada «{name}». ¿Desea sustituirla por este contrato?</translation>
    </message>
    <message>
        <location filename="../../gui/templates/menu.py" line="183"/>
        <source>Saved as the template “{name}”: File › New from a template offers it.</source>
        <translation>Guardado como la plantilla «{name}»: la encontrará en Archivo › Nuevo desde una plantilla.</translation>
    </message>
</context>
<context>
    <name>TerminationPage</name>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="22"/>
        <source>Changes and termination</source>
        <translation>Cambios y terminación</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="23"/>
        <source>What happens when the client asks for more, or wants to stop.</source>
        <translation>Qué ocurre si el cliente pide más, o quiere parar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="25"/>
        <source>A new request is written, priced and signed before it is done. And if you have to let a client go, a termination clause lets you point to it and be paid for the work done.</source>
        <translation>Toda petición nueva se pone por escrito, se presupuesta y se firma antes de hacerla. Y si tiene que prescindir de un cliente, la cláusula de terminación le permite remitirse a ella y cobrar el trabajo realizado.</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="27"/>
        <location filename="../../gui/wizard/page_termination.py" line="43"/>
        <source>How a change is agreed</source>
        <translation>Cómo se acuerda un cambio</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="28"/>
        <location filename="../../gui/wizard/page_termination.py" line="44"/>
        <source>Hourly rate for changes</source>
        <translation>Tarifa por hora de los cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="30"/>
        <location filename="../../gui/wizard/page_termination.py" line="48"/>
        <source>Days of notice</source>
        <translation>Días de preaviso</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="32"/>
        <location filename="../../gui/wizard/page_termination.py" line="33"/>
        <source>Work done up to then is paid</source>
        <translation>Se paga el trabajo realizado hasta ese momento</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="35"/>
        <location filename="../../gui/wizard/page_termination.py" line="36"/>
        <source>The deposit is refunded</source>
        <translation>Se devuelve el anticipo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="38"/>
        <location filename="../../gui/wizard/page_termination.py" line="51"/>
        <source>Cancellation fee (%)</source>
        <translation>Indemnización por desistimiento (%)</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="40"/>
        <location filename="../../gui/wizard/page_termination.py" line="52"/>
        <source>Who owns the work</source>
        <translation>De quién es el trabajo</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="41"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizard/page_termination.py" line="46"/>
        <source>Ending the contract</source>
        <translation>Terminación del contrato</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../gui/signing/results.py" line="83"/>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="86"/>
        <source>Pacta trusts the certificate authorities your system trusts. Add here the certificate of another authority, or of one signer, to trust the signatures made with it (a .pem, .crt or .cer file). Pacta keeps a copy, so the file may be moved later.</source>
        <translation>Pacta confía en las entidades de certificación en las que confía su sistema. Añada aquí el certificado de otra entidad, o el de un firmante concreto, para confiar en las firmas hechas con él (un archivo .pem, .crt o .cer). Pacta conserva una copia, así que después puede mover el archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="91"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="92"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="133"/>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="148"/>
        <source>Certificate to trust</source>
        <translation>Certificado en el que confiar</translation>
    </message>
    <message>
        <location filename="../../gui/signing/results.py" line="149"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
