package org.flipside.internal.engine;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.BpmnParseFactory;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * The engine's BPMN parses, validating each diagram against BPMN's XML schema compiled once for the engine. Camunda's
 * own parse hands the schema's location to a new SAX parser each time, which reads and compiles the schema's five
 * files again for every diagram: most of a diagram's parse, and on a first start (seven diagrams) enough repeated work
 * that the JIT compiles the JDK's schema loader at its top tier. Each parse is otherwise Camunda's: its handler, the
 * parser's listeners and expression manager, the XXE settings, and the schema's problems reported as before.
 */
final class CompiledSchemaParses implements BpmnParseFactory {

  private static final String SCHEMA_LANGUAGE = "http://java.sun.com/xml/jaxp/properties/schemaLanguage";
  private static final String SCHEMA_SOURCE = "http://java.sun.com/xml/jaxp/properties/schemaSource";
  private static final String NAMESPACE_PREFIXES = "http://xml.org/sax/features/namespace-prefixes";

  /** Where each of the engine's BPMN parses says its schema is, as it says it. */
  private final String schemaLocation = ReflectUtil.getResourceUrlAsString(BpmnParser.BPMN_20_SCHEMA_LOCATION);
  private Schema schema;

  @Override
  public BpmnParse createBpmnParse(BpmnParser engines) {
    return new BpmnParse(new WithCompiledSchema(engines));
  }

  private synchronized Schema schema() throws SAXException {
    if (schema == null) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      // as Camunda's parse allows its parser: the schema imports the four files beside it, in the engine's jar
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA,
          System.getProperty("javax.xml.accessExternalSchema", "all"));
      schema = factory.newSchema(new StreamSource(schemaLocation));
    }
    return schema;
  }

  /** The engine's parser, its listeners and expression manager, with SAX parsers that hold the compiled schema. */
  private final class WithCompiledSchema extends BpmnParser {

    WithCompiledSchema(BpmnParser engines) {
      super(engines.getExpressionManager(), CompiledSchemaParses.this);
      setParseListeners(engines.getParseListeners());
    }

    /**
     * A SAX parser set up as Camunda's (namespaces, its XXE settings), validating with the compiled schema. A parse
     * that validates nothing (the engine's own factory then does not validate) gets Camunda's parser.
     */
    @Override
    protected SAXParser getSaxParser() throws Exception {
      if (!getSaxParserFactoryLazily().isValidating()) {
        return super.getSaxParser();
      }
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(NAMESPACE_PREFIXES, true);
      setXxeProcessing(factory);
      factory.setSchema(schema());
      return new SchemaApplied(factory.newSAXParser(), schemaLocation);
    }
  }

  /**
   * A SAX parser whose schema is set already: naming the schema's language or its location again changes nothing
   * (the JDK's parser would refuse either once it holds a schema).
   */
  private static final class SchemaApplied extends SAXParser {
    private final SAXParser parser;
    private final String schemaLocation;

    SchemaApplied(SAXParser parser, String schemaLocation) {
      this.parser = parser;
      this.schemaLocation = schemaLocation;
    }

    @Override
    public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
      boolean applied = SCHEMA_LANGUAGE.equals(name) && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(value)
          || SCHEMA_SOURCE.equals(name) && schemaLocation.equals(value);
      if (!applied) {
        parser.setProperty(name, value);
      }
    }

    @Override
    public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
      return parser.getProperty(name);
    }

    @Override
    @SuppressWarnings("deprecation")
    public org.xml.sax.Parser getParser() throws SAXException {
      return parser.getParser();
    }

    @Override
    public XMLReader getXMLReader() throws SAXException {
      return parser.getXMLReader();
    }

    @Override
    public boolean isNamespaceAware() {
      return parser.isNamespaceAware();
    }

    @Override
    public boolean isValidating() {
      return parser.isValidating();
    }

    @Override
    public Schema getSchema() {
      return parser.getSchema();
    }
  }
}
