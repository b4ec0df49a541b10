package org.backcare.content;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an XML document with the JDK's StAX writer, which escapes text and attributes itself. */
final class Xml {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;
	}

	private Xml() {
	}

	static String document(Body body) {
		var text = new StringWriter();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Could not write XML", e);
		}
		return text.toString();
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
