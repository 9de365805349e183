package se.platslage.exporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.wkb.GeometryReader;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes layers to an OGC GeoPackage (OGC 12-128r18) in SWEREF 99 TM, for QGIS and GDAL.
 *
 * Each layer is a feature table with an integer primary key "fid", a geometry column "geom" of type GEOMETRY
 * (places mix points, lines and polygons) and one column per attribute, typed from the values: whole numbers
 * INTEGER, other numbers DOUBLE, booleans BOOLEAN, {@link LocalDate} DATE, lists joined with ", ", the rest TEXT.
 *
 * IMPLEMENTATION NOTE: EPSG:3006 is not among the SRSs a new GeoPackage holds (only 4326 and the two
 * undefined ones, §1.1.2), so it is added from its WKT below, with organization EPSG / 3006 so that GDAL and
 * QGIS recognise it. Geometries go JTS → WKB → NGA simple features, the one format both libraries share.
 */
public final class GeoPackageWriter {

    public static final int SRID = 3006;

    /** EPSG:3006 in OGC WKT 1 (as EPSG's own dataset exports it, axis easting/northing). */
    public static final String SWEREF99_TM_WKT = "PROJCS[\"SWEREF99 TM\",GEOGCS[\"SWEREF99\",DATUM[\"SWEREF99\","
            + "SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],TOWGS84[0,0,0,0,0,0,0],"
            + "AUTHORITY[\"EPSG\",\"6619\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4619\"]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",15],"
            + "PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],"
            + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],"
            + "AUTHORITY[\"EPSG\",\"3006\"]]";

    /** EPSG:3006's projected bounds, metres: the extent an empty layer declares. */
    private static final BoundingBox SWEDEN = new BoundingBox(181896.33, 6101648.07, 1086312.94, 7689478.31);

    /** Writes {@code layers} to a new file at {@code file}, replacing any file there. */
    public void write(Path file, List<ExportLayer> layers) {
        try {
            Files.deleteIfExists(file);
            GeoPackageManager.create(file.toFile());
            try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
                SpatialReferenceSystem srs = sweref(geoPackage);
                for (ExportLayer layer : layers) {
                    writeLayer(geoPackage, srs, layer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("GeoPackage could not be written: " + e.getMessage(), e);
        }
    }

    private static SpatialReferenceSystem sweref(GeoPackage geoPackage) throws java.sql.SQLException {
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName("SWEREF99 TM");
        srs.setSrsId(SRID);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(SRID);
        srs.setDefinition(SWEREF99_TM_WKT);
        srs.setDescription("SWEREF 99 TM, the Swedish national grid (metres)");
        geoPackage.getSpatialReferenceSystemDao().create(srs);
        return srs;
    }

    private static void writeLayer(GeoPackage geoPackage, SpatialReferenceSystem srs, ExportLayer layer)
            throws IOException {
        Map<String, GeoPackageDataType> types = columnTypes(layer.features());
        List<FeatureColumn> columns = new ArrayList<>();
        types.forEach((name, type) -> columns.add(FeatureColumn.createColumn(name, type)));
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setId(new mil.nga.geopackage.db.TableColumnKey(layer.name(), "geom"));
        geometryColumns.setGeometryType(GeometryType.GEOMETRY);
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrs(srs);
        geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, "fid", columns, extent(layer)));
        FeatureDao dao = geoPackage.getFeatureDao(layer.name());
        WKBWriter wkb = new WKBWriter(2);
        for (ExportFeature feature : layer.features()) {
            FeatureRow row = dao.newRow();
            if (feature.geometry() != null) {
                row.setGeometry(GeoPackageGeometryData.createAndBuildEnvelope(SRID,
                        GeometryReader.readGeometry(wkb.write(feature.geometry()))));
            }
            feature.attributes().forEach((name, value) -> row.setValue(name, value(value, types.get(name))));
            dao.create(row);
        }
    }

    /** The column types, in the order the attributes first appear; a column with mixed values is TEXT. */
    static Map<String, GeoPackageDataType> columnTypes(List<ExportFeature> features) {
        Map<String, GeoPackageDataType> types = new LinkedHashMap<>();
        for (ExportFeature feature : features) {
            feature.attributes().forEach((name, value) -> {
                if (name.equalsIgnoreCase("fid") || name.equalsIgnoreCase("geom")) {
                    throw new IllegalArgumentException("attribute name '" + name + "' is reserved in the GeoPackage");
                }
                types.put(name, wider(types.get(name), type(value)));
            });
        }
        types.replaceAll((name, type) -> type == null ? GeoPackageDataType.TEXT : type);
        return types;
    }

    /** Null (no value seen yet) gives way to any type; integers widen to doubles; any other mix is text. */
    private static GeoPackageDataType wider(GeoPackageDataType a, GeoPackageDataType b) {
        if (a == null || a == b) {
            return b == null ? a : b;
        }
        if (b == null) {
            return a;
        }
        boolean numbers = (a == GeoPackageDataType.INTEGER || a == GeoPackageDataType.DOUBLE)
                && (b == GeoPackageDataType.INTEGER || b == GeoPackageDataType.DOUBLE);
        return numbers ? GeoPackageDataType.DOUBLE : GeoPackageDataType.TEXT;
    }

    private static GeoPackageDataType type(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return GeoPackageDataType.INTEGER;
        }
        if (value instanceof Number) {
            return GeoPackageDataType.DOUBLE;
        }
        if (value instanceof Boolean) {
            return GeoPackageDataType.BOOLEAN;
        }
        if (value instanceof LocalDate) {
            return GeoPackageDataType.DATE;
        }
        return GeoPackageDataType.TEXT;
    }

    private static Object value(Object value, GeoPackageDataType type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> ((Number) value).longValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case BOOLEAN -> value;
            case DATE -> value.toString(); // ISO 8601 date, GeoPackage §1.1.1.1.1
            default -> value instanceof Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList())
                    : value.toString();
        };
    }

    private static BoundingBox extent(ExportLayer layer) {
        Envelope envelope = new Envelope();
        layer.features().stream().filter(f -> f.geometry() != null)
                .forEach(f -> envelope.expandToInclude(f.geometry().getEnvelopeInternal()));
        return envelope.isNull() ? SWEDEN
                : new BoundingBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }
}
