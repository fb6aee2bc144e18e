"""DealerDesk's SQLAlchemy models; importing this package registers every table on `Base`."""

from app.domain.complaint_sla import ComplaintGrade, ComplaintStatus
from app.models.accident import (
    AccidentCase,
    AccidentSource,
    AccidentStatus,
    AssessmentLine,
    DamagePhoto,
)
from app.models.audit import AuditLog, Complaint, ComplaintStepRecord
from app.models.base import Base, UTCDateTime, utcnow
from app.models.booking import Booking, BookingChannel, BookingStatus, booking_items
from app.models.care import CareItem, CareOutcome, CareSetting, CustomerRfm
from app.models.cashier import (
    CarRelease,
    DayClose,
    DayCloseLine,
    InvoiceRequest,
    Payment,
    PaymentKind,
    Settlement,
    SettlementStatus,
)
from app.models.catalogue import (
    Accessory,
    CatalogueVehicle,
    FinanceProduct,
    InsuranceProduct,
    Lender,
)
from app.models.customer import (
    Customer,
    CustomerKind,
    CustomerSource,
    CustomerStore,
    CustomerTier,
)
from app.models.kpi import KpiDailyFigure, KpiDailyRun
from app.models.lead import (
    DeliveryCheckRecord,
    LeadTask,
    Opportunity,
    OpportunityStageChange,
    SalesOrder,
)
from app.models.part import (
    CycleCount,
    MovementKind,
    Part,
    PartSupersession,
    ReplenishmentRequest,
    ReplenishmentStatus,
    StockMovement,
)
from app.models.points import PointsEntry
from app.models.purchasing import (
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderStatus,
    StoreTransfer,
    Supplier,
    TransferStatus,
)
from app.models.quote import Quote, QuoteFinancePlan, QuoteLine, QuoteLineKind, QuoteStatus
from app.models.refreshment import MenuItem, RefreshmentOrder, RefreshmentOrderLine
from app.models.store import Division, Staff, StaffRole, Store
from app.models.survey import Survey, SurveyAnswer
from app.models.test_drive import TestDrive, TestDriveCar
from app.models.vehicle import Vehicle
from app.models.visit import MatchKind, Visit, VisitPurpose
from app.models.work_order import (
    OPEN_WORK_ORDER_STATUSES,
    Approval,
    InspectionItem,
    InspectionResult,
    LineKind,
    WorkOrder,
    WorkOrderLine,
    WorkOrderStatus,
    WorkOrderStatusChange,
)
from app.models.working_calendar import BayHours, StoreDay
from app.models.workshop import Bay, BayKind, ServiceItem

__all__ = [
    "PointsEntry",
    "AccidentCase", "AccidentSource", "AccidentStatus", "AssessmentLine", "DamagePhoto",
    "PurchaseOrder", "PurchaseOrderLine", "PurchaseOrderStatus", "StoreTransfer", "Supplier",
    "TransferStatus",
    "CarRelease", "DayClose", "DayCloseLine", "InvoiceRequest", "Payment", "PaymentKind",
    "Settlement", "SettlementStatus",
    "OPEN_WORK_ORDER_STATUSES", "Accessory", "Approval", "CatalogueVehicle", "FinanceProduct",
    "InsuranceProduct", "Lender", "AuditLog", "Base", "Bay", "BayHours",
    "BayKind", "StoreDay", "Booking",
    "BookingChannel", "BookingStatus", "Complaint", "ComplaintGrade", "ComplaintStatus",
    "ComplaintStepRecord", "CareItem", "CareOutcome", "CareSetting", "CustomerRfm",
    "Customer", "CustomerKind", "CustomerStore", "CycleCount", "MovementKind",
    "PartSupersession", "StockMovement", "CustomerSource", "CustomerTier", "InspectionItem",
    "InspectionResult", "LineKind", "MatchKind", "Part", "Quote", "QuoteFinancePlan",
    "QuoteLine", "QuoteLineKind", "QuoteStatus", "ReplenishmentRequest", "ReplenishmentStatus",
    "ServiceItem", "Division", "Staff", "Survey", "SurveyAnswer", "StaffRole", "Store", "UTCDateTime", "Vehicle", "Visit",
    "VisitPurpose", "WorkOrder", "WorkOrderLine", "WorkOrderStatus", "WorkOrderStatusChange",
    "booking_items", "utcnow", "TestDrive", "TestDriveCar", "MenuItem", "RefreshmentOrder", "RefreshmentOrderLine",
    "DeliveryCheckRecord", "KpiDailyFigure", "KpiDailyRun", "LeadTask", "Opportunity", "OpportunityStageChange", "SalesOrder",
]
